package org.supplierportal.webhook.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.apiclient.ApiClientService;
import org.supplierportal.apiclient.ApiClientView;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenancy.Role;
import org.supplierportal.webhook.CreatedWebhook;
import org.supplierportal.webhook.InvalidWebhookException;
import org.supplierportal.webhook.WebhookDeliveryView;
import org.supplierportal.webhook.WebhookNotFoundException;
import org.supplierportal.webhook.WebhookService;
import org.supplierportal.webhook.WebhookView;

/**
 * The webhooks of API clients and their delivery log: a supplier's administrators see their company's, portal
 * administrators every supplier's and the buyer side's.
 */
@Route("webhooks")
@Menu(title = "Webhooks", order = 86, icon = "vaadin:paperplane")
@RolesAllowed({Role.ADMIN_NAME, Role.SUPPLIER_ADMIN_NAME})
class WebhooksView extends Main implements HasDynamicTitle {

    private final WebhookService webhooks;
    private final WebhookGrid grid;
    private final DeliveryLog log;

    WebhooksView(WebhookService webhooks, ApiClientService clients, CurrentUsers currentUsers, Clock clock) {
        this.webhooks = webhooks;
        addClassName("page");
        CurrentUser me = currentUsers.require();
        grid = new WebhookGrid(me.isCrossTenant(), this::togglePause, this::confirmDelete);
        log = new DeliveryLog(webhooks, me.isCrossTenant(), this::sendAgain);
        Button create = new Button(getTranslation("webhooks.new"), VaadinIcon.PLUS.create(), click -> openNew(
                (me.isCrossTenant() ? clients.listAll() : clients.listMyCompany()).stream()
                        .filter(client -> client.statusAt(clock.instant()) == ApiClientView.Status.ACTIVE).toList()));
        create.setId("new-webhook");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button refresh = new Button(getTranslation("webhooks.refresh"), VaadinIcon.REFRESH.create(), click -> log.refresh());
        refresh.setId("refresh-deliveries");
        add(new ViewHeader(getTranslation("menu.webhooks"), getTranslation("webhooks.description"), create), grid,
                new ViewHeader(getTranslation("webhooks.log"), getTranslation("webhooks.log.description"), refresh),
                log);
        refreshWebhooks();
    }

    private void refreshWebhooks() {
        grid.setItems(webhooks.list());
    }

    private void openNew(List<ApiClientView> usableClients) {
        NewWebhookDialog dialog = new NewWebhookDialog(usableClients);
        dialog.addSubmitListener(submit -> {
            try {
                CreatedWebhook created = webhooks.create(submit.draft());
                dialog.close();
                refreshWebhooks();
                new WebhookSecretDialog(created).open();
            } catch (InvalidWebhookException invalid) {
                dialog.show(invalid.problems());
            }
        });
        dialog.open();
    }

    private void togglePause(WebhookView webhook) {
        try {
            boolean active = webhook.status() == WebhookView.Status.ACTIVE;
            WebhookView changed = active ? webhooks.pause(webhook.id()) : webhooks.resume(webhook.id());
            refreshWebhooks();
            Confirmations.done(getTranslation(active ? "webhooks.paused" : "webhooks.resumed", changed.url()));
        } catch (WebhookNotFoundException gone) {
            showWhatIsThere();
        }
    }

    private void confirmDelete(WebhookView webhook) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("webhooks.delete.title", webhook.url()),
                getTranslation("webhooks.delete.text"), getTranslation("webhooks.delete"), confirmed -> {
            try {
                webhooks.delete(webhook.id());
                refreshWebhooks();
                log.refresh();
                Confirmations.done(getTranslation("webhooks.deleted", webhook.url()));
            } catch (WebhookNotFoundException gone) {
                showWhatIsThere();
            }
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("confirm.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Someone deleted the webhook or delivery meanwhile (another tab, another admin): say so, show the lists as they are. */
    private void showWhatIsThere() {
        refreshWebhooks();
        log.refresh();
        Confirmations.failed(getTranslation("webhooks.gone"));
    }

    private void sendAgain(WebhookDeliveryView delivery) {
        try {
            webhooks.sendAgain(delivery.id());
            log.refresh();
            Confirmations.done(getTranslation("webhooks.sendingAgain", delivery.eventType(), delivery.url()));
        } catch (WebhookNotFoundException gone) {
            showWhatIsThere();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.webhooks"));
    }
}
