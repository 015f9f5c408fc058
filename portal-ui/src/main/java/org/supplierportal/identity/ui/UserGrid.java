package org.supplierportal.identity.ui;

import java.time.Instant;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import org.supplierportal.identity.UserSummary;
import org.supplierportal.shell.UserFormats;

/** A list of accounts with their role, company and whether they can log in right now. */
class UserGrid extends Grid<UserSummary> {

    UserGrid(List<UserSummary> users, boolean showCompany) {
        setId("users");
        addColumn(UserSummary::displayName).setHeader("Name").setSortable(true).setAutoWidth(true);
        addColumn(UserSummary::username).setHeader("Username").setSortable(true).setAutoWidth(true);
        addColumn(user -> user.role().label()).setHeader("Role").setSortable(true).setAutoWidth(true);
        if (showCompany) {
            addColumn(user -> user.tenantName() == null ? "All suppliers" : user.tenantName())
                    .setHeader("Company").setSortable(true).setAutoWidth(true);
        }
        addColumn(UserSummary::email).setHeader("E-mail").setAutoWidth(true);
        addComponentColumn(UserGrid::status).setHeader("Status").setAutoWidth(true);
        addColumn(user -> user.lastLoginAt() == null ? "Never" : UserFormats.dateTime(user.lastLoginAt()))
                .setHeader("Last log-in").setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setItems(users);
    }

    private static Span status(UserSummary user) {
        Span badge;
        if (!user.active()) {
            badge = new Span("Deactivated");
            badge.addClassNames("status", "status-off");
        } else if (user.lockedUntil() != null && user.lockedUntil().isAfter(Instant.now())) {
            badge = new Span("Locked until " + UserFormats.time(user.lockedUntil()));
            badge.addClassNames("status", "status-error");
        } else {
            badge = new Span("Active");
            badge.addClassNames("status", "status-ok");
        }
        return badge;
    }
}
