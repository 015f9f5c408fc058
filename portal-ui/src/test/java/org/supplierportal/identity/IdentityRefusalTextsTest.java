package org.supplierportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.supplierportal.locale.PortalTranslations;
import org.supplierportal.tenant.RuleText;

/** Why an invitation link does not work, and why an invitation is refused, read in the reader's language. */
class IdentityRefusalTextsTest {

    private final PortalTranslations translations = new PortalTranslations();

    @Test
    void aLinkThatNoLongerWorksIsExplainedInTheInviteesLanguageAndInEnglishForTheLogs() {
        InvitationCheck expired = new InvitationCheck(InvitationCheck.State.EXPIRED, null, null, null, "Ada Admin", null, false);

        assertThat(in(Locale.GERMAN, expired.refusal()))
                .isEqualTo("Dieser Link ist abgelaufen. Bitten Sie Ada Admin, Ihnen einen neuen zu senden.");
        assertThat(in(Locale.SIMPLIFIED_CHINESE, expired.refusal())).isEqualTo("此链接已过期。请让 Ada Admin 重新发送一个。");
        assertThat(expired.problem()).isEqualTo("This link has expired. Ask Ada Admin to send you a new one.");
        assertThat(new InvitationCheck(InvitationCheck.State.VALID, "Bo", "bo@x.example", null, "Ada Admin", null, false).refusal())
                .isNull();
    }

    @Test
    void everyStateOfABrokenLinkHasItsOwnWordsInEveryLanguage() {
        for (InvitationCheck.State state : InvitationCheck.State.values()) {
            RuleText refusal = new InvitationCheck(state, null, null, null, "Ada Admin", null, false).refusal();
            if (state == InvitationCheck.State.VALID) {
                continue;
            }
            for (Locale language : new Locale[] {Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"), Locale.SIMPLIFIED_CHINESE}) {
                assertThat(in(language, refusal)).as(state + " in " + language).isNotEqualTo(refusal.english()).doesNotStartWith("!");
            }
        }
    }

    @Test
    void anInvitationRefusalKeepsItsValuesInEveryLanguage() {
        InvitationRejectedException twice = new InvitationRejectedException("email",
                RuleText.of("identityRule.alreadyInvited", "bo@acme.example", "Ada Admin", "2026-11-30"));

        assertThat(twice.getMessage())
                .isEqualTo("bo@acme.example was already invited by Ada Admin on 2026-11-30; send that invitation again from the list below instead");
        assertThat(in(Locale.FRENCH, twice.translatable()))
                .isEqualTo("bo@acme.example a déjà été invité par Ada Admin le 2026-11-30 ; renvoyez plutôt cette invitation depuis la liste ci-dessous");
    }

    @Test
    void aLoginThePortalRefusesIsExplainedInThePersonsLanguageAndInEnglishForTheLogs() {
        ExternalLoginRefusedException deactivated = new ExternalLoginRefusedException(
                RuleText.of("loginRule.companyDeactivated", "Acme Metals"));

        assertThat(deactivated.getMessage()).isEqualTo("The access of Acme Metals to the Supplier Portal is deactivated."
                + " Ask your contact at the manufacturer.");
        assertThat(in(Locale.GERMAN, deactivated.translatable())).isEqualTo("Der Zugang von Acme Metals zum Lieferantenportal"
                + " ist deaktiviert. Wenden Sie sich an Ihren Ansprechpartner beim Hersteller.");
        for (String rule : new String[] {"noRole", "noCompany", "unknownCompany", "companyDeactivated", "accountDeactivated", "otherCompany"}) {
            RuleText refusal = RuleText.of("loginRule." + rule, "acme");
            for (Locale language : new Locale[] {Locale.FRENCH, Locale.forLanguageTag("es"), Locale.SIMPLIFIED_CHINESE}) {
                assertThat(in(language, refusal)).as(rule + " in " + language).isNotEqualTo(refusal.english()).doesNotStartWith("!");
            }
        }
    }

    private String in(Locale language, RuleText text) {
        return translations.getTranslation(text.key(), language, text.arguments().toArray());
    }
}
