package org.supplierportal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.businessevents.BusinessEventType;

class WebhookRuleTest {

    private static final Set<BusinessEventType> EVENTS = Set.of(BusinessEventType.ASN_SENT);

    @Test
    void acceptsHttpsAnywhereAndPlainHttpOnlyForThisMachine() {
        assertThat(WebhookRule.urlProblem("https://erp.example.com/portal-events")).isEmpty();
        assertThat(WebhookRule.urlProblem("http://localhost:8081/hook")).isEmpty();
        assertThat(WebhookRule.urlProblem("http://127.0.0.1:8081/hook")).isEmpty();
        assertThat(WebhookRule.urlProblem("http://erp.example.com/hook")).hasValueSatisfying(message ->
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
}
