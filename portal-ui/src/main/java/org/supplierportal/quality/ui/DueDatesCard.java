package org.supplierportal.quality.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.supplierportal.quality.StepKind;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.DatePickers;

/** When each step of the supplier's answer is due: filled in from the severity, changeable by the buyer. */
class DueDatesCard extends Div {

    private final Map<StepKind, DateTimePicker> dueDates = new EnumMap<>(StepKind.class);

    DueDatesCard() {
        FormLayout form = new FormLayout();
        for (StepKind kind : StepKind.values()) {
            DateTimePicker picker = new DateTimePicker(getTranslation("quality.step.due", QualityTexts.step(kind)));
            DatePickers.inUserLanguage(picker);
            picker.setId("due-" + kind.slug());
            picker.setHelperText(QualityTexts.hint(kind));
            dueDates.put(kind, picker);
            form.add(picker);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(new H2(getTranslation("quality.dueDates")), new Paragraph(getTranslation("quality.dueDates.text")), form);
        addClassName("card");
    }

    /** Shows these due dates, to the minute in the user's time zone. */
    void fill(Map<StepKind, Instant> due) {
        due.forEach((kind, at) -> dueDates.get(kind).setValue(LocalDateTime.ofInstant(at, UserFormats.timeZone()).withSecond(0).withNano(0)));
    }

    /** The due dates entered (a step left empty is left out). */
    Map<StepKind, Instant> values() {
        Map<StepKind, Instant> due = new EnumMap<>(StepKind.class);
        dueDates.forEach((kind, picker) -> {
            if (picker.getValue() != null) {
                due.put(kind, picker.getValue().atZone(UserFormats.timeZone()).toInstant());
            }
        });
        return due;
    }

    /** The pickers by the names the service's problems use, e.g. {@code dueDates.CONTAINMENT}. */
    void putFields(Map<String, HasValidation> fields) {
        dueDates.forEach((kind, picker) -> fields.put("dueDates." + kind.name(), picker));
    }
}
