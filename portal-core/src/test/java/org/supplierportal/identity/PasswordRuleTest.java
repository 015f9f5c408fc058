package org.supplierportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.supplierportal.tenant.RuleText;

class PasswordRuleTest {

    /** In the reader's language: the rules bundle's words with the rule's values (see {@code RuleText}). */
    @Test
    void saysWhatIsWrongInEachReadersLanguageAndAtWhichField() {
        PasswordRule.Problem tooShort = PasswordRule.problem("short", "short", null).orElseThrow();
        PasswordRule.Problem differ = PasswordRule.problem("correct horse battery", "correct horse batter", null).orElseThrow();

        assertThat(tooShort.field()).isEqualTo("password");
        assertThat(tooShort.text()).isEqualTo(RuleText.of("passwordRule.tooShort", "10"));
        assertThat(in(Locale.GERMAN, tooShort)).isEqualTo("Zu kurz: Verwenden Sie mindestens 10 Zeichen");
        assertThat(in(Locale.FRENCH, tooShort)).isEqualTo("Trop court : utilisez au moins 10 caractères");
        assertThat(differ.field()).isEqualTo("repeated");
        assertThat(in(Locale.of("es"), differ)).isEqualTo("Las dos contraseñas no coinciden; escriba la misma contraseña dos veces");
        assertThat(in(Locale.SIMPLIFIED_CHINESE, differ)).isEqualTo("两次输入的密码不一致；请输入两次相同的密码");
    }

    @Test
    void acceptsALongEnoughPasswordTypedTwice() {
        assertThat(english("correct horse battery", "correct horse battery", "anna@acme.example")).isNull();
    }

    @Test
    void saysWhatIsWrongInTheUsersWords() {
        assertThat(english("", "", null)).isEqualTo("Choose a password");
        assertThat(english("short", "short", null)).isEqualTo("Too short: use at least 10 characters");
        assertThat(english("x".repeat(129), "x".repeat(129), null)).isEqualTo("Use at most 128 characters");
        assertThat(english("          ", "          ", null)).contains("spaces only");
        assertThat(english("anna.berg-2026!", "anna.berg-2026!", "Anna.Berg@acme.example"))
                .isEqualTo("Do not use your e-mail name in the password");
        assertThat(english("correct horse battery", "correct horse batter", null)).startsWith("The two passwords differ");
    }

    @Test
    void exactlyTenCharactersIsEnough() {
        assertThat(english("tulip-7kx2", "tulip-7kx2", null)).isNull();
        assertThat(english("tulip-7kx", "tulip-7kx", null)).isNotNull();
    }

    /** Issue 10: the rule took aaaaaaaaaa. Common passwords and simple patterns are refused, whatever their length. */
    @Test
    void commonPasswordsAndSimplePatternsAreRefused() {
        for (String guessable : new String[] {"aaaaaaaaaa", "AAAAAAAAAAAAAAAA", "1234567890", "0987654321", "qwertyuiop",
                "Password123", "Welcome2026", "abababababab", "abcdefghij", "SupplierPortal"}) {
            assertThat(english(guessable, guessable, null)).as(guessable).startsWith("Too easy to guess");
        }
        assertThat(english("maple river 42 lantern", "maple river 42 lantern", null)).isNull();
    }

    /** The problem in English, or null when there is none. */
    private static String english(String password, String repeated, String email) {
        return PasswordRule.problem(password, repeated, email).map(PasswordRule.Problem::english).orElse(null);
    }

    private static String in(Locale language, PasswordRule.Problem problem) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/rules", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(problem.text().key()), language).format(problem.text().arguments().toArray());
    }
}
