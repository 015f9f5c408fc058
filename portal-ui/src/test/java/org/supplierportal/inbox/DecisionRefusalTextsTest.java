package org.supplierportal.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.supplierportal.locale.PortalTranslations;
import org.supplierportal.tenant.RuleText;

/** A refused decision in the inbox is worded for the buyer's language on the screen and kept in English for the API. */
class DecisionRefusalTextsTest {

    private final PortalTranslations translations = new PortalTranslations();

    @Test
    void aCounterProposalDatedInThePastIsRefusedInTheBuyersLanguageAndInEnglishForTheApi() {
        InvalidDecisionException refused = new InvalidDecisionException(Map.of("date",
                RuleText.of("decisionRule.counterDatePast", "2026-11-30")));

        RuleText refusal = refused.fieldRefusals().get("date");
        assertThat(translations.getTranslation(refusal.key(), Locale.GERMAN, refusal.arguments().toArray()))
                .isEqualTo("Das Datum 2026-11-30 liegt in der Vergangenheit.");
        assertThat(refused.fieldMessages()).containsExactly(Map.entry("date", "The date 2026-11-30 is in the past."));
        assertThat(refused.getMessage()).isEqualTo("The date 2026-11-30 is in the past.");
    }
}
