package org.supplierportal.shell;

import com.vaadin.flow.component.Component;
import org.supplierportal.tenancy.CurrentUser;

/**
 * A part of the home page contributed by a feature (the supplier's "what needs your action", the buyer's inbox
 * summary), so the home page needs to know no feature.
 */
public interface HomeSection {

    /** Whether this user sees the section. */
    boolean isFor(CurrentUser user);

    /** A new component for one page view. */
    Component create(CurrentUser user);

    /** Position on the page, lowest first. */
    default int order() {
        return 100;
    }
}
