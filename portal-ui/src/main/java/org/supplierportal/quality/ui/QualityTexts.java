package org.supplierportal.quality.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.supplierportal.quality.IncidentStatus;
import org.supplierportal.quality.Severity;
import org.supplierportal.quality.StepKind;
import org.supplierportal.quality.StepStatus;
import org.supplierportal.locale.Explanations;
import org.supplierportal.quality.QualityProblem;

/** The quality enums in the reader's language (the enums' own labels stay the API's and the e-mails' English). */
final class QualityTexts {

    private QualityTexts() {
    }

    static String step(StepKind kind) {
        return I18NProvider.translate("quality.step." + kind.name());
    }

    static String hint(StepKind kind) {
        return I18NProvider.translate("quality.step." + kind.name() + ".hint");
    }

    static String severity(Severity severity) {
        return I18NProvider.translate("quality.severity." + severity.name());
    }

    static String status(IncidentStatus status) {
        return I18NProvider.translate("quality.status." + status.name());
    }

    /** A problem the service found, in the reader's language where it is worded by a key. */
    static String problem(QualityProblem problem) {
        return problem.translatable() == null ? problem.message() : Explanations.translate(problem.translatable());
    }

    static String status(StepStatus status) {
        return I18NProvider.translate("quality.stepStatus." + status.name());
    }
}
