package org.supplierportal.quality.ui;

import com.vaadin.flow.component.html.Span;

/** A quiet line of text beside the content: who answered when, how large a file is, what is still missing. */
class Hint extends Span {

    Hint(String text) {
        super(text);
        addClassName("hint");
    }
}
