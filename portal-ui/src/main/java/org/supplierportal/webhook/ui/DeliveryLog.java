package org.supplierportal.webhook.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import org.supplierportal.locale.Explanations;
import org.supplierportal.shell.EmptyState;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.webhook.WebhookDeliveryView;
import org.supplierportal.webhook.WebhookService;
import com.vaadin.flow.i18n.I18NProvider;

/** Every delivery, newest first, loaded page by page as the person scrolls; "Send again" for finished ones. */
class DeliveryLog extends Grid<WebhookDeliveryView> {

    DeliveryLog(WebhookService webhooks, boolean showSupplier, Consumer<WebhookDeliveryView> sendAgain) {
        setId("webhook-deliveries");
        addColumn(WebhookDeliveryView::eventType).setHeader(getTranslation("webhooks.column.event")).setAutoWidth(true);
        addColumn(delivery -> UserFormats.dateTime(delivery.createdAt())).setHeader(getTranslation("webhooks.column.time")).setAutoWidth(true);
        if (showSupplier) {
            addColumn(WebhookDeliveryView::supplierKey).setHeader(getTranslation("orders.column.supplier")).setAutoWidth(true);
        }
        addColumn(WebhookDeliveryView::url).setHeader(getTranslation("webhooks.column.address")).setWidth("12rem").setFlexGrow(1)
                .setTooltipGenerator(WebhookDeliveryView::url);
        addColumn(WebhookDeliveryView::attempts).setHeader(getTranslation("webhooks.column.attempts")).setAutoWidth(true);
        addColumn(DeliveryLog::lastAnswer).setHeader(getTranslation("webhooks.column.lastAnswer")).setFlexGrow(1);
        addComponentColumn(DeliveryLog::state).setHeader(getTranslation("webhooks.column.state")).setAutoWidth(true);
        addComponentColumn(delivery -> sendAgainButton(delivery, sendAgain)).setAutoWidth(true).setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setItems(query -> webhooks.deliveries(query.getOffset(), query.getLimit()).stream());
        setEmptyStateComponent(new EmptyState(getTranslation("webhooks.log.empty.title"), getTranslation("webhooks.log.empty.text")));
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    private static String lastAnswer(WebhookDeliveryView delivery) {
        if (delivery.lastProblem() != null) {
            return Explanations.translate(delivery.lastProblem());
        }
        return delivery.lastStatus() == null ? I18NProvider.translate("webhooks.notSent") : "HTTP " + delivery.lastStatus();
    }

    private static Span state(WebhookDeliveryView delivery) {
        return switch (delivery.state()) {
            case DELIVERED -> StatusBadge.of(I18NProvider.translate("webhooks.delivered"), StatusBadge.Tone.OK);
            case PENDING -> StatusBadge.of(delivery.attempts() == 0 ? I18NProvider.translate("webhooks.waiting")
                    : I18NProvider.translate("webhooks.retryAt", UserFormats.time(delivery.nextAttemptAt())), StatusBadge.Tone.WARNING);
            case DEAD -> StatusBadge.of(I18NProvider.translate("webhooks.failed"), StatusBadge.Tone.ERROR);
        };
    }

    private static Button sendAgainButton(WebhookDeliveryView delivery, Consumer<WebhookDeliveryView> sendAgain) {
        Button button = new Button(I18NProvider.translate("webhooks.sendAgain"), click -> sendAgain.accept(delivery));
        button.setId("send-again-" + delivery.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setVisible(delivery.canSendAgain());
        return button;
    }
}
