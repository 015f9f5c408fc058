package org.supplierportal.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Mailed links never take their host from a request: the public address is configured, or the demo's own. */
class PublicUrlRuleTest {

    @Test
    void outsideTheDemoAMissingAddressStopsTheStartWithWhatToSet() {
        assertThatThrownBy(() -> PublicUrlRule.check(null, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("PORTAL_INVITATIONS_PUBLIC_URL is not set")
                .hasMessageContaining("https://portal.example.com").hasMessageContaining("PORTAL_DEMO_ENABLED=true");
        assertThatThrownBy(() -> PublicUrlRule.check("  ", false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDemoMayGoWithoutOne() {
        assertThat(PublicUrlRule.check(null, true)).isNull();
    }

    @Test
    void aConfiguredAddressIsTakenWithoutTrailingSlash() {
        assertThat(PublicUrlRule.check(" https://portal.example.com/ ", false)).isEqualTo("https://portal.example.com");
        assertThat(PublicUrlRule.check("https://example.com/portal", false)).isEqualTo("https://example.com/portal");
    }

    @Test
    void somethingThatIsNotAWebAddressIsRefused() {
        for (String wrong : new String[] {"portal.example.com", "ftp://portal.example.com", "https://user@portal.example.com",
                "https://portal.example.com/?next=x", "javascript:alert(1)"}) {
            assertThatThrownBy(() -> PublicUrlRule.check(wrong, true)).as(wrong).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("must be the portal's address");
        }
    }
}
