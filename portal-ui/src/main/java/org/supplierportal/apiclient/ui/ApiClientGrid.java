package org.supplierportal.apiclient.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import org.supplierportal.apiclient.ApiClientView;
import org.supplierportal.apiclient.ApiScope;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;

/** The API clients of a list: who they act for, what they may do, until when, when last used; asks to revoke one. */
class ApiClientGrid extends Grid<ApiClientView> {

    /** Someone asked to revoke a client (the screen confirms first). */
    static final class RevokeEvent extends ComponentEvent<ApiClientGrid> {

        private final ApiClientView client;

        RevokeEvent(ApiClientGrid source, ApiClientView client) {
            super(source, true);
            this.client = client;
        }

        ApiClientView client() {
            return client;
        }
    }

    private final Clock clock;

    ApiClientGrid(boolean showSupplier, Clock clock, boolean keycloak) {
        this.clock = clock;
        setId("api-clients");
        addColumn(ApiClientView::name).setHeader(getTranslation("apiClients.column.name")).setAutoWidth(true);
        if (showSupplier) {
            addColumn(client -> client.buyerSide() ? getTranslation("apiClients.buyerSide") : client.tenantName())
                    .setHeader(getTranslation("apiClients.column.actsFor")).setAutoWidth(true);
        }
        addColumn(client -> client.scopes().stream().map(ApiScope::wireName).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("apiClients.column.scopes")).setFlexGrow(1);
        addComponentColumn(this::status).setHeader(getTranslation("orders.column.status")).setAutoWidth(true);
        addColumn(client -> client.managedInKeycloak() ? getTranslation("apiClients.setInKeycloak")
                        : UserFormats.date(LocalDate.ofInstant(client.expiresAt(), UserFormats.timeZone())))
                .setHeader(getTranslation("apiClients.column.expires")).setAutoWidth(true);
        addColumn(client -> client.lastUsedAt() == null ? getTranslation("apiClients.never") : UserFormats.dateTime(client.lastUsedAt()))
                .setHeader(getTranslation("apiClients.column.lastUsed")).setAutoWidth(true);
        addColumn(client -> getTranslation("apiClients.createdByOn", client.createdBy(),
                        UserFormats.date(LocalDate.ofInstant(client.createdAt(), UserFormats.timeZone()))))
                .setHeader(getTranslation("apiClients.column.createdBy")).setAutoWidth(true);
        addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setEmptyStateComponent(keycloak
                ? new EmptyState(getTranslation("apiClients.keycloak.empty.title"), getTranslation("apiClients.keycloak.empty.text"))
                : new EmptyState(getTranslation("apiClients.empty.title"), getTranslation("apiClients.empty.text")));
    }

    Registration addRevokeListener(ComponentEventListener<RevokeEvent> listener) {
        return addListener(RevokeEvent.class, listener);
    }

    void show(List<ApiClientView> clients) {
        setItems(clients);
    }

    private Span status(ApiClientView client) {
        return switch (client.statusAt(clock.instant())) {
            case ACTIVE -> StatusBadge.of(getTranslation("apiClients.active"), StatusBadge.Tone.OK);
            case EXPIRED -> StatusBadge.of(getTranslation("apiClients.expired"), StatusBadge.Tone.WARNING);
            case REVOKED -> StatusBadge.of(getTranslation("apiClients.revokedOn", UserFormats.date(LocalDate.ofInstant(client.revokedAt(),
                    UserFormats.timeZone()))), StatusBadge.Tone.NEUTRAL);
        };
    }

    private Button actions(ApiClientView client) {
        Button revoke = new Button(getTranslation("apiClients.revoke"), click -> fireEvent(new RevokeEvent(this, client)));
        revoke.setId("revoke-" + client.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setVisible(client.revokedAt() == null);
        return revoke;
    }
}
