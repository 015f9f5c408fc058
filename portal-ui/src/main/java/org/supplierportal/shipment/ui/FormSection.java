package org.supplierportal.shipment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A numbered step of the ASN form: a card with its title and, where it helps, a sentence on what to do. */
class FormSection extends Div {

    FormSection(String title, String description) {
        add(new H2(title));
        addClassNames("card", "form-section");
        if (description != null) {
            Paragraph text = new Paragraph(description);
            text.addClassName("view-description");
            add(text);
        }
    }
}
