package org.supplierportal.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.businessevents.BusinessEventType;
import org.supplierportal.tolerance.Explanation;

class WebhookRuleTest {

    private static final Set<BusinessEventType> EVENTS = Set.of(BusinessEventType.ASN_SENT);

    @Test
    void acceptsHttpsAnywhereAndPlainHttpOnlyForThisMachine() {
        assertThat(WebhookRule.urlProblem("https://erp.example.com/portal-events")).isEmpty();
        assertThat(WebhookRule.urlProblem("http://localhost:8081/hook")).isEmpty();
        assertThat(WebhookRule.urlProblem("http://127.0.0.1:8081/hook")).isEmpty();
        assertThat(WebhookRule.urlProblem("http://erp.example.com/hook").map(Explanation::english)).hasValueSatisfying(message ->
                assertThat(message).contains("Use https"));
        assertThat(WebhookRule.urlProblem("ftp://erp.example.com/hook")).isPresent();
        assertThat(WebhookRule.urlProblem("https://user:pw@erp.example.com/hook")).isPresent();
        assertThat(WebhookRule.urlProblem("erp.example.com/hook")).isPresent();
        assertThat(WebhookRule.urlProblem("https://erp example.com")).isPresent();
    }

    @Test
    void namesEveryMissingPartByItsField() {
        assertThat(WebhookRule.problems(new WebhookDraft(null, " ", Set.of()))).extracting(WebhookProblem::field)
                .containsExactly("client", "url", "eventTypes");
        assertThat(WebhookRule.problems(new WebhookDraft(UUID.randomUUID(), "https://erp.example.com", EVENTS))).isEmpty();
    }

    @Test
    void namesEachRefusalByItsKeyAndKeepsTheEnglishText() {
        assertThat(WebhookRule.problems(new WebhookDraft(null, " ", Set.of()))).extracting(WebhookProblem::field,
                problem -> problem.translatable().key(), WebhookProblem::message).containsExactly(
                tuple("client", "webhookRule.client", "Choose the API client whose system receives the events."),
                tuple("url", "webhookRule.urlMissing", "Enter the address the events are posted to, e.g. https://erp.example.com/portal-events."),
                tuple("eventTypes", "webhookRule.eventTypes", "Choose at least one event."));
        assertThat(english("http://erp.example.com/hook")).isEqualTo("Use https: plain http is accepted only for a receiver"
                + " on the portal's own machine, where its administrator allowed that.");
        assertThat(english("ftp://erp.example.com/hook")).isEqualTo("Use an https:// address.");
        assertThat(english("https://user:pw@erp.example.com/hook"))
                .isEqualTo("Leave the user name and password out of the address: every delivery is signed instead.");
        assertThat(english("erp.example.com/hook")).isEqualTo("Enter a full address with https:// and a host name.");
        assertThat(english("https://erp example.com")).isEqualTo("This is not a web address: Illegal character in authority.");
        assertThat(english("https://erp.example.com/" + "x".repeat(WebhookRule.URL_MAX)))
                .isEqualTo("The address is longer than 2000 characters.");
    }

    private static String english(String url) {
        return WebhookRule.urlProblem(url).orElseThrow().english();
    }
}
