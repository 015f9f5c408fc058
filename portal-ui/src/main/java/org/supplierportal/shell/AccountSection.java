package org.supplierportal.shell;

import com.vaadin.flow.component.Component;
import org.supplierportal.tenancy.CurrentUser;

/**
 * A part of the person's own "My account" page contributed by a feature (language and time zone), so the page needs
 * to know no feature.
 */
public interface AccountSection {

    /** A new component for one page view. */
    Component create(CurrentUser me);

    /** Position on the page, lowest first. */
    default int order() {
        return 100;
    }
}
