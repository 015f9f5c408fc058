package org.supplierportal.apiclient.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import org.supplierportal.apiclient.ApiClientNotFoundException;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiClientView;
import org.supplierportal.apiclient.CreatedApiClient;
import org.supplierportal.apiclient.InvalidApiClientException;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.TenantSummary;

/**
 * A list of API clients with what an administrator does to them: create one (the secret shown once), revoke one
 * (after a confirmation). Used for all clients or one supplier's (portal admins) and for one's own company's
 * (supplier administrators).
 */
class ApiClientsPanel extends Div {

    private final ApiClientService clients;
    private final Supplier<List<ApiClientView>> load;
    private final String portalAddress;
    private final ApiClientGrid grid;

    /** @param keycloak login mode oidc: the list holds the Keycloak service accounts that called so far */
    ApiClientsPanel(ApiClientService clients, Supplier<List<ApiClientView>> load, boolean showSupplier, Clock clock,
                    String portalAddress, boolean keycloak) {
        this.clients = clients;
        this.load = load;
        this.portalAddress = portalAddress;
        this.grid = new ApiClientGrid(showSupplier, clock, keycloak);
        setWidthFull();
        grid.addRevokeListener(revoke -> confirmRevoke(revoke.client()));
        add(grid);
        refresh();
    }

    void refresh() {
        grid.show(load.get());
    }

    /**
     * Opens the form of a new client.
     *
     * @param suppliers   what an admin may choose; empty for a supplier's administrator
     * @param preselected what to propose, or null
     * @param ownCompany  a supplier administrator's company; null for admins
     */
    void openNewClient(List<TenantSummary> suppliers, NewApiClientDialog.ActsFor preselected, TenantId ownCompany) {
        NewApiClientDialog dialog = new NewApiClientDialog(suppliers, preselected, ownCompany, LocalDate.now(UserFormats.timeZone()));
        dialog.addSubmitListener(submit -> {
            try {
                CreatedApiClient created = clients.create(submit.draft());
                dialog.close();
                refresh();
                new ClientSecretDialog(created, portalAddress).open();
            } catch (InvalidApiClientException invalid) {
                dialog.show(invalid.problems());
            }
        });
        dialog.open();
    }

    private void confirmRevoke(ApiClientView client) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("apiClients.revoke.title", client.name()),
                getTranslation("apiClients.revoke.text"), getTranslation("apiClients.revoke"), confirmed -> {
            try {
                clients.revoke(client.id());
                refresh();
                Confirmations.done(getTranslation("apiClients.revoked", client.name()));
            } catch (ApiClientNotFoundException gone) {
                // Deleted meanwhile (another tab, another admin): say so and show the list as it is.
                refresh();
                Confirmations.failed(getTranslation("apiClients.gone"));
            }
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("confirm.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
