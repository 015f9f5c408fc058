package org.supplierportal.acknowledgment.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentResult;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.AlreadyAnsweredException;
import org.supplierportal.acknowledgment.AnswerForm;
import org.supplierportal.acknowledgment.InvalidAcknowledgmentException;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.acknowledgment.LinePreview;
import org.supplierportal.acknowledgment.StaleRevisionException;
import org.supplierportal.order.LineNotInThatStateException;
import org.supplierportal.order.LineStatus;
import org.supplierportal.order.OrderForAnswer;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineView;
import org.supplierportal.order.OrderNotFoundException;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.DetailPage;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tolerance.SupplierAnswer.Decision;

/**
 * The supplier answers an order, line by line, seeing before sending whether each answer is confirmed at once or
 * goes to the buyer, and why. Also where the supplier accepts or rejects a buyer's counter-proposal. The line
 * editors, cards and dialogs raise events; this view has the service preview, submit and respond.
 */
@Route("orders/:orderId/acknowledge")
@RolesAllowed(Role.SUPPLIER_USER_NAME)
class AcknowledgeView extends DetailPage<AnswerForm> {

    private final AcknowledgmentService acknowledgments;
    private final LineAnswers editors = new LineAnswers();
    private final TextArea orderComment = TextLimits.limit(new TextArea(I18NProvider.translate("ack.orderComment")), 2000);
    private AnswerActions actions;
    private AnswerForm form;
    private String idempotencyKey;

    AcknowledgeView(AcknowledgmentService acknowledgments) {
        super("orderId", I18NProvider.translate("order.acknowledge"), OrderNotFoundException.class);
        this.acknowledgments = acknowledgments;
        setId("acknowledge-view");
    }

    @Override
    protected AnswerForm find(String orderId) {
        return acknowledgments.prepare(OrderId.of(orderId));
    }

    @Override
    protected void missing(BeforeEnterEvent event, String orderId) {
        event.rerouteToError(NotFoundException.class);
    }

    @Override
    protected void show(AnswerForm prepared, QueryParameters query) {
        build(prepared, Map.of());
    }

    private void build(AnswerForm prepared, Map<Integer, LineAnswer> earlierAnswers) {
        removeAll();
        editors.clear();
        form = prepared;
        idempotencyKey = UUID.randomUUID().toString();
        OrderForAnswer order = form.order();
        setPageTitle(getTranslation("ack.title", order.number()));
        Anchor back = new Anchor("orders/" + order.id(), getTranslation("ack.back", order.number()));

        List<OrderLineView> open = form.openLines();
        List<OrderLineView> counters = order.lines().stream().filter(line -> line.status() == LineStatus.COUNTER_PROPOSED).toList();
        if (open.isEmpty() && counters.isEmpty()) {
            add(back, new ViewHeader(getTranslation("ack.nothing.title", order.number()),
                    getTranslation("ack.nothing.text", order.revision())));
            return;
        }
        if (!counters.isEmpty()) {
            add(back, new ViewHeader(getTranslation("ack.respond.title", order.number()),
                    getTranslation("ack.respond.revision", order.revision())));
            counters.forEach(line -> add(counterCard(order, line)));
        }
        if (open.isEmpty()) {
            return;
        }
        if (counters.isEmpty()) {
            add(back);
        }
        AnswerHeader header = new AnswerHeader(order);
        header.addAcceptAllListener(all -> editors.chooseAll(Decision.ACCEPT, null));
        header.addRejectAllListener(all -> editors.chooseAll(Decision.REJECT, all.value()));
        add(header);
        for (OrderLineView line : open) {
            LineAnswerEditor editor = new LineAnswerEditor(line, order.currency());
            LineAnswer earlier = earlierAnswers.get(line.lineNumber());
            if (earlier != null) {
                editor.restore(earlier);
            }
            editor.addChangeListener(changed -> refreshPreview());
            editors.add(editor);
            add(editor);
        }
        orderComment.setWidthFull();
        orderComment.setMaxLength(2000);
        orderComment.setId("order-comment");
        actions = new AnswerActions(order.id());
        actions.addSendListener(send -> submit());
        add(orderComment, actions);
        refreshPreview();
    }

    private CounterProposalCard counterCard(OrderForAnswer order, OrderLineView line) {
        CounterProposalCard card = new CounterProposalCard(line);
        card.addAcceptListener(accepted -> respond(order, card, true, null));
        card.addRejectListener(rejected -> respond(order, card, false, rejected.value()));
        return card;
    }

    private void refreshPreview() {
        List<LinePreview> previews = new ArrayList<>();
        for (LineAnswerEditor editor : editors.editors()) {
            LinePreview preview = acknowledgments.preview(form, editor.answer());
            editor.show(preview);
            previews.add(preview);
        }
        actions.showOutlook(previews);
    }

    private void submit() {
        OrderForAnswer order = form.order();
        List<LineAnswer> answers = editors.answers();
        try {
            AcknowledgmentResult result = acknowledgments.submit(new AcknowledgmentRequest(order.id(), order.revision(),
                    idempotencyKey, orderComment.getValue(), answers));
            Confirmations.done(getTranslation("ack.sent", result.committedCount(), result.toBuyerCount()));
            UI.getCurrent().navigate("orders/" + order.id());
        } catch (InvalidAcknowledgmentException invalid) {
            List<String> general = editors.place(invalid.problems());
            Confirmations.failed(general.isEmpty() ? getTranslation("ack.correct") : String.join(" ", general));
        } catch (StaleRevisionException stale) {
            StaleRevisionDialog dialog = new StaleRevisionDialog(order.number(), stale);
            Map<Integer, LineAnswer> kept = answers.stream().collect(Collectors.toMap(LineAnswer::lineNumber, Function.identity()));
            dialog.addReviewListener(review -> build(acknowledgments.prepare(order.id()), kept));
            dialog.open();
        } catch (AlreadyAnsweredException answered) {
            Confirmations.failed(getTranslation("ack.alreadyAnswered", order.number()));
            UI.getCurrent().navigate("orders/" + order.id());
        } catch (LineNotInThatStateException moved) {
            Confirmations.failed(lineMoved(order, moved));
            UI.getCurrent().navigate("orders/" + order.id());
        }
    }

    private void respond(OrderForAnswer order, CounterProposalCard card, boolean accept, String reason) {
        int line = card.lineNumber();
        try {
            acknowledgments.respondToCounter(order.id(), line, accept, reason);
            Confirmations.done(getTranslation(accept ? "ack.counter.accepted" : "ack.counter.rejected", line));
            build(acknowledgments.prepare(order.id()), Map.of());
        } catch (InvalidAcknowledgmentException invalid) {
            card.refuse(LineAnswerEditor.text(invalid.problems().getFirst()));
        } catch (LineNotInThatStateException moved) {
            Confirmations.failed(lineMoved(order, moved));
            build(acknowledgments.prepare(order.id()), Map.of());
        }
    }

    /** A line changed state while the supplier was answering it (a colleague, the buyer, a new revision). */
    private String lineMoved(OrderForAnswer order, LineNotInThatStateException moved) {
        return getTranslation("ack.lineMoved", moved.lineNumber(), order.number(),
                getTranslation("line.status." + moved.status().name()));
    }
}
