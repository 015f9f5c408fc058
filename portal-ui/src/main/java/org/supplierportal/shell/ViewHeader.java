package org.supplierportal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The title of a screen, a sentence on what it is for, and its main actions on the right. */
public class ViewHeader extends HorizontalLayout {

    public ViewHeader(String title, String description, Component... actions) {
        addClassName("view-header");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.END);
        Div text = new Div(new H1(title));
        if (description != null) {
            Paragraph paragraph = new Paragraph(description);
            paragraph.addClassName("view-description");
            text.add(paragraph);
        }
        add(text);
        expand(text);
        add(actions);
    }
}
