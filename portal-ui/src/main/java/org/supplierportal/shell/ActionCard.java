package org.supplierportal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** A count on the home page that says what it counts and leads to the list of those things. */
public final class ActionCard {

    /** How loud a card is: normal, urgent (red), or calm (nothing to do). */
    public enum Tone { NORMAL, URGENT, CALM }

    private ActionCard() {
    }

    public static Anchor of(String id, long count, String label, String hint, String href, Tone tone) {
        Span number = new Span(String.format("%,d", count));
        number.addClassName("action-count");
        Span title = new Span(label);
        title.addClassName("action-label");
        Span help = new Span(hint);
        help.addClassName("action-hint");
        Anchor card = new Anchor(href);
        card.add(number, title, help);
        card.addClassName("action-card");
        if (tone == Tone.URGENT) {
            card.addClassName("urgent");
        } else if (tone == Tone.CALM) {
            card.addClassName("calm");
        }
        card.setId(id);
        return card;
    }
}
