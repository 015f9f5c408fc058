package org.supplierportal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** What a screen shows when there is nothing yet: what this place is for and what to do next. */
public class EmptyState extends Div {

    public EmptyState(String title, String whatToDo, Component... actions) {
        addClassName("empty-state");
        add(new H2(title), new Paragraph(whatToDo));
        add(actions);
    }
}
