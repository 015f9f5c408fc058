package org.supplierportal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;

/**
 * An event a small component raises to its view with one value: the text searched for, the line picked, the file
 * uploaded. The subclass names what happened; the view, not the component, decides what a service does with it.
 *
 * @param <C> the component that raises it
 * @param <V> what it carries
 */
public abstract class ValueEvent<C extends Component, V> extends ComponentEvent<C> {

    private final V value;

    /** @param fromClient whether the user's action raised it (rather than the program) */
    protected ValueEvent(C source, boolean fromClient, V value) {
        super(source, fromClient);
        this.value = value;
    }

    public V value() {
        return value;
    }
}
