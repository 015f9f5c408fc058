package org.supplierportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRuleTest {

    @Test
    void acceptsALongEnoughPasswordTypedTwice() {
        assertThat(PasswordRule.problem("correct horse battery", "correct horse battery", "anna@acme.example")).isNull();
    }

    @Test
    void saysWhatIsWrongInTheUsersWords() {
        assertThat(PasswordRule.problem("", "", null)).isEqualTo("Choose a password");
        assertThat(PasswordRule.problem("short", "short", null)).isEqualTo("Too short: use at least 10 characters");
        assertThat(PasswordRule.problem("x".repeat(129), "x".repeat(129), null)).isEqualTo("Use at most 128 characters");
        assertThat(PasswordRule.problem("          ", "          ", null)).contains("spaces only");
        assertThat(PasswordRule.problem("anna.berg-2026!", "anna.berg-2026!", "Anna.Berg@acme.example"))
                .isEqualTo("Do not use your e-mail name in the password");
        assertThat(PasswordRule.problem("correct horse battery", "correct horse batter", null)).startsWith("The two passwords differ");
    }

    @Test
    void exactlyTenCharactersIsEnough() {
        assertThat(PasswordRule.problem("tulip-7kx2", "tulip-7kx2", null)).isNull();
        assertThat(PasswordRule.problem("tulip-7kx", "tulip-7kx", null)).isNotNull();
    }

    /** Issue 10: the rule took aaaaaaaaaa. Common passwords and simple patterns are refused, whatever their length. */
    @Test
    void commonPasswordsAndSimplePatternsAreRefused() {
        for (String guessable : new String[] {"aaaaaaaaaa", "AAAAAAAAAAAAAAAA", "1234567890", "0987654321", "qwertyuiop",
                "Password123", "Welcome2026", "abababababab", "abcdefghij", "SupplierPortal"}) {
            assertThat(PasswordRule.problem(guessable, guessable, null)).as(guessable).startsWith("Too easy to guess");
        }
        assertThat(PasswordRule.problem("maple river 42 lantern", "maple river 42 lantern", null)).isNull();
    }
}
