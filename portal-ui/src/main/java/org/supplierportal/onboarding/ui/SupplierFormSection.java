package org.supplierportal.onboarding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;

/** One titled section of the supplier form, its fields in up to four columns. */
class SupplierFormSection extends FormLayout {

    SupplierFormSection(String title, Component... fields) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2), new ResponsiveStep("60em", 4));
        H3 heading = new H3(title);
        heading.addClassName("form-section-title");
        add(heading, 4);
        add(fields);
    }
}
