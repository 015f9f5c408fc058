package org.supplierportal.webhook.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Span;
import org.supplierportal.businessevents.BusinessEventType;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.webhook.WebhookView;
import com.vaadin.flow.i18n.I18NProvider;

/** The subscriptions: which client's system hears of which events at which address; pause, resume, delete. */
class WebhookGrid extends Grid<WebhookView> {

    WebhookGrid(boolean showSupplier, Consumer<WebhookView> togglePause, Consumer<WebhookView> delete) {
        setId("webhooks");
        addColumn(WebhookView::apiClientName).setHeader(getTranslation("webhooks.column.client")).setAutoWidth(true);
        if (showSupplier) {
            addColumn(webhook -> webhook.supplierName() == null ? getTranslation("webhooks.buyerSide") : webhook.supplierName())
                    .setHeader(getTranslation("orders.column.supplier")).setAutoWidth(true);
        }
        addColumn(WebhookView::url).setHeader(getTranslation("webhooks.column.address")).setWidth("14rem").setFlexGrow(2).setTooltipGenerator(WebhookView::url);
        addColumn(webhook -> webhook.eventTypes().stream().sorted().map(BusinessEventType::wireName)
                .collect(Collectors.joining(", "))).setHeader(getTranslation("webhooks.dialog.events")).setWidth("12rem").setFlexGrow(1);
        addComponentColumn(WebhookGrid::status).setHeader(getTranslation("orders.column.status")).setAutoWidth(true);
        addColumn(webhook -> webhook.createdBy() + ", " + UserFormats.date(LocalDate.ofInstant(webhook.createdAt(),
                UserFormats.timeZone()))).setHeader(getTranslation("apiClients.column.createdBy")).setWidth("10rem").setFlexGrow(0);
        addComponentColumn(webhook -> actions(webhook, togglePause, delete)).setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        setEmptyStateComponent(new EmptyState(getTranslation("webhooks.empty.title"), getTranslation("webhooks.empty.text")));
    }

    private static Span status(WebhookView webhook) {
        return webhook.status() == WebhookView.Status.ACTIVE ? StatusBadge.of(I18NProvider.translate("webhooks.active"), StatusBadge.Tone.OK)
                : StatusBadge.of(I18NProvider.translate("webhooks.pausedBadge"), StatusBadge.Tone.NEUTRAL);
    }

    private static HorizontalLayout actions(WebhookView webhook, Consumer<WebhookView> togglePause, Consumer<WebhookView> delete) {
        boolean active = webhook.status() == WebhookView.Status.ACTIVE;
        Button pause = new Button(I18NProvider.translate(active ? "webhooks.pause" : "webhooks.resume"), click -> togglePause.accept(webhook));
        pause.setId((active ? "pause-" : "resume-") + webhook.id());
        pause.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(I18NProvider.translate("webhooks.delete"), click -> delete.accept(webhook));
        remove.setId("delete-" + webhook.id());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(pause, remove);
    }
}
