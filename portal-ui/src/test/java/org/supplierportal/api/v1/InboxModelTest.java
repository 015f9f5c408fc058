package org.supplierportal.api.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supplierportal.inbox.ExceptionReason;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionSubject;
import org.supplierportal.inbox.ExceptionType;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.quality.StepKind;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;

/** The API keeps English, as it does for rules' explanations: an exception's subject reads as it always did. */
class InboxModelTest {

    @Test
    void anExceptionsSubjectIsInEnglish() {
        Instant raised = Instant.parse("2026-12-01T08:00:00Z");
        ExceptionView overdue = new ExceptionView(UUID.randomUUID(), new TenantId(UUID.randomUUID()),
                ExceptionType.QUALITY_STEP_OVERDUE, ExceptionStatus.OPEN, "Acme Metals", null, null, null, null, "P-1",
                ExplanationText.asStored("Cracked housings"), null, ExceptionReason.text("Remind the supplier."), raised, raised.plusSeconds(86_400), null, null, null, null,
                ExceptionSubject.qualityStep("QI-000012", StepKind.CONTAINMENT), "quality/" + UUID.randomUUID(), 0);

        assertThat(InboxModel.InboxItem.of(overdue, "acme-metals").subject()).isEqualTo("Quality incident QI-000012: containment");
        assertThat(InboxModel.InboxItem.of(new ExceptionView(overdue.id(), overdue.tenantId(), ExceptionType.SHIPMENT_OVERDUE,
                ExceptionStatus.OPEN, "Acme Metals", null, "4500017001", 1, 10, "P-1", null, null, ExceptionReason.text("Nothing shipped."), raised,
                raised, null, null, null, null, null, null, 0), "acme-metals").subject()).isNull();
        assertThat(InboxModel.InboxItem.of(overdue, "acme-metals").ordered()).isEqualTo("Cracked housings");
    }

    @Test
    void whatWasOrderedAndAnsweredIsInEnglishAsBefore() {
        Instant raised = Instant.parse("2026-12-01T08:00:00Z");
        Explanation ordered = ExplanationText.read(ExplanationText.of(Explanation.of("summary.ordered",
                Explanation.of("inbox.quantity", new BigDecimal("40"), "pcs"), LocalDate.of(2026, 12, 15),
                Explanation.of("summary.price", new BigDecimal("9.5"), "EUR"))));
        ExceptionView answer = new ExceptionView(UUID.randomUUID(), new TenantId(UUID.randomUUID()), ExceptionType.OUTSIDE_TOLERANCE,
                ExceptionStatus.OPEN, "Acme Metals", null, "4500017001", 1, 10, "P-1", ordered,
                ExplanationText.readOrAsStored("summary.accepted"), ExceptionReason.counterRejected(), raised, raised, null, null,
                null, null, null, null, 0);

        assertThat(InboxModel.InboxItem.of(answer, "acme-metals").ordered()).isEqualTo("40 pcs on 2026-12-15 at 9.5 EUR");
        assertThat(InboxModel.InboxItem.of(answer, "acme-metals").proposed()).isEqualTo("Accepted as ordered");
    }
}
