package org.supplierportal.shell;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.menu.MenuEntry;

/**
 * A menu entry's title in the reader's language, under the key {@code menu.<route>} ({@code menu.orders},
 * {@code menu.admin.api-clients}, {@code menu.home} for the home page). The {@code @Menu} annotations keep the
 * English title, which the English bundle repeats.
 */
public final class MenuTitles {

    private MenuTitles() {
    }

    public static String of(MenuEntry entry) {
        return I18NProvider.translate(key(entry.path()));
    }

    /** The bundle key of a route's menu title. */
    public static String key(String path) {
        String route = path.replaceAll("^/+|/+$", "");
        return "menu." + (route.isEmpty() ? "home" : route.replace('/', '.'));
    }
}
