package org.supplierportal.shell;

import com.vaadin.flow.component.Component;

/**
 * Something a module puts in the header beside who is logged in (the notifications' bell), without the shell
 * depending on that module: each bean makes a fresh component for each screen's header.
 */
public interface NavbarItem {

    Component create();
}
