package org.supplierportal.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.supplierportal.quality.StepKind;

/** What an exception is about, kept as a kind with values and worded for each reader; English for the API. */
class ExceptionSubjectTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aQualityStepReadsInEnglishAsItAlwaysDidAndInEachReadersLanguage() {
        ExceptionSubject step = ExceptionSubject.qualityStep("QI-000012", StepKind.ROOT_CAUSE);

        assertThat(step.english()).isEqualTo("Quality incident QI-000012: root cause");
        assertThat(step.explanation().in(Locale.GERMAN)).isEqualTo("Reklamation QI-000012: Fehlerursache");
        assertThat(step.explanation().in(Locale.FRENCH)).isEqualTo("Réclamation QI-000012 : cause racine");
        assertThat(step.explanation().in(Locale.of("es"))).isEqualTo("Incidencia de calidad QI-000012: causa raíz");
        assertThat(step.explanation().in(CHINESE)).isEqualTo("质量问题 QI-000012：根本原因");
        assertThat(step.thing().in(Locale.GERMAN)).isEqualTo("Reklamation QI-000012");
        assertThat(step.thing().english()).isEqualTo("quality incident QI-000012");
    }

    @Test
    void anInvoiceIsNamedByItsNumber() {
        ExceptionSubject invoice = ExceptionSubject.invoice("INV-77");

        assertThat(invoice.english()).isEqualTo("Invoice INV-77");
        assertThat(invoice.explanation().in(Locale.GERMAN)).isEqualTo("Rechnung INV-77");
        assertThat(invoice.thing().in(Locale.FRENCH)).isEqualTo("la facture INV-77");
    }

    /** A subject stored before subjects had a kind, and not recognised, reads as it was stored, in every language. */
    @Test
    void aSubjectKeptAsTextReadsAsStored() {
        ExceptionSubject text = new ExceptionSubject(SubjectKind.TEXT, List.of("Something else: it's odd"));

        assertThat(text.english()).isEqualTo("Something else: it's odd");
        assertThat(text.explanation().in(Locale.GERMAN)).isEqualTo("Something else: it's odd");
    }

    @Test
    void theSameStepOfTheSameIncidentIsTheSameSubject() {
        assertThat(ExceptionSubject.qualityStep("QI-9", StepKind.CONTAINMENT))
                .isEqualTo(new ExceptionSubject(SubjectKind.QUALITY_STEP, new java.util.ArrayList<>(List.of("QI-9", "CONTAINMENT"))))
                .isNotEqualTo(ExceptionSubject.qualityStep("QI-9", StepKind.ROOT_CAUSE));
    }

    @Test
    void aSubjectWithTheWrongValuesIsRefused() {
        assertThatThrownBy(() -> new ExceptionSubject(SubjectKind.INVOICE, List.of("INV-77", "extra")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INVOICE has 1 values");
        assertThatThrownBy(() -> new ExceptionSubject(SubjectKind.QUALITY_STEP, List.of("QI-9", "TESTING")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExceptionSubject(null, List.of("x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
