package org.supplierportal.shell;

import com.vaadin.flow.component.html.Span;

/** A small coloured label for a status. */
public final class StatusBadge {

    public enum Tone { OK, WARNING, ERROR, NEUTRAL, INFO }

    private StatusBadge() {
    }

    public static Span of(String text, Tone tone) {
        Span badge = new Span(text);
        badge.addClassNames("status", switch (tone) {
            case OK -> "status-ok";
            case WARNING -> "status-warning";
            case ERROR -> "status-error";
            case NEUTRAL -> "status-off";
            case INFO -> "status-info";
        });
        return badge;
    }
}
