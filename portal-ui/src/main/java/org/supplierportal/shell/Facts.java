package org.supplierportal.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Label and value rows of a "compare" card (the facts of an ASN, an incident, an exception). */
public final class Facts {

    private Facts() {
    }

    /** An empty card of facts, under the id the browser tests know it by; {@link #row} fills it. */
    public static Div card(String id) {
        Div card = new Div();
        card.addClassNames("card", "compare");
        card.setId(id);
        return card;
    }

    public static void row(Div card, String label, String value) {
        Span name = new Span(label);
        name.addClassName("label");
        card.add(name, new Span(value == null ? "" : value));
    }

    /** The value, or a dash where there is none, so an empty field reads as "none" rather than as missing. */
    public static String dash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
