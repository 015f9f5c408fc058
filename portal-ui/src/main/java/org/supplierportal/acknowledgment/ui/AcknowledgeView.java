package org.supplierportal.acknowledgment.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentResult;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.AlreadyAnsweredException;
import org.supplierportal.acknowledgment.AnswerForm;
import org.supplierportal.acknowledgment.FieldProblem;
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
import org.supplierportal.order.RevisionChange;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tolerance.LineEvaluation;
import org.supplierportal.tolerance.SupplierAnswer.Decision;

/**
 * The supplier answers an order, line by line, seeing before sending whether each answer is confirmed at once or
 * goes to the buyer, and why. Also where the supplier accepts or rejects a buyer's counter-proposal.
 */
@Route("orders/:orderId/acknowledge")
@RolesAllowed(Role.SUPPLIER_USER_NAME)
class AcknowledgeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AcknowledgmentService acknowledgments;
    private final List<LineAnswerEditor> editors = new ArrayList<>();
    private final TextArea orderComment = TextLimits.limit(new TextArea("Comment on the whole order (optional)"), 2000);
    private final Span outlook = new Span();
    private AnswerForm form;
    private String idempotencyKey;
    private String title = "Acknowledge";

    AcknowledgeView(AcknowledgmentService acknowledgments) {
        this.acknowledgments = acknowledgments;
        addClassName("page");
        setId("acknowledge-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            OrderId id = OrderId.of(event.getRouteParameters().get("orderId").orElseThrow());
            build(acknowledgments.prepare(id), Map.of());
        } catch (IllegalArgumentException | OrderNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | Supplier Portal";
    }

    private void build(AnswerForm prepared, Map<Integer, LineAnswer> earlierAnswers) {
        removeAll();
        editors.clear();
        form = prepared;
        idempotencyKey = UUID.randomUUID().toString();
        OrderForAnswer order = form.order();
        title = "Acknowledge PO " + order.number();
        Anchor back = new Anchor("orders/" + order.id(), "Back to PO " + order.number());

        List<OrderLineView> open = form.openLines();
        List<OrderLineView> counters = order.lines().stream().filter(line -> line.status() == LineStatus.COUNTER_PROPOSED).toList();
        if (open.isEmpty() && counters.isEmpty()) {
            add(back, new ViewHeader("Nothing to answer on PO " + order.number(),
                    "Every line of revision " + order.revision() + " is answered. The order page shows where each stands."));
            return;
        }
        if (!counters.isEmpty()) {
            add(back, new ViewHeader("Respond to the buyer on PO " + order.number(), "Revision " + order.revision()));
            counters.forEach(line -> add(counterCard(order, line)));
        }
        if (open.isEmpty()) {
            return;
        }
        Button acceptAll = new Button("Accept all", click -> editors.forEach(editor -> editor.choose(Decision.ACCEPT, null)));
        acceptAll.setId("accept-all");
        Button rejectAll = new Button("Reject all…", click -> askRejectAll());
        rejectAll.setId("reject-all");
        rejectAll.addThemeVariants(ButtonVariant.LUMO_ERROR);
        if (counters.isEmpty()) {
            add(back);
        }
        add(new ViewHeader("Acknowledge PO " + order.number(), "Revision " + order.revision() + ". Answer each line: "
                + "inside your tolerances it is confirmed at once, outside them the buyer decides.", acceptAll, rejectAll));

        for (OrderLineView line : open) {
            LineAnswerEditor editor = new LineAnswerEditor(line, order.currency(), this::refreshPreview);
            LineAnswer earlier = earlierAnswers.get(line.lineNumber());
            if (earlier != null) {
                editor.restore(earlier);
            }
            editors.add(editor);
            add(editor);
        }
        orderComment.setWidthFull();
        orderComment.setMaxLength(2000);
        orderComment.setId("order-comment");
        add(orderComment);

        Button send = new Button("Send acknowledgment", click -> submit());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("send-acknowledgment");
        send.setDisableOnClick(true);
        send.addClickListener(click -> send.setEnabled(true));
        outlook.setId("outlook");
        Div actions = new Div(send, new Anchor("orders/" + order.id(), "Cancel"), outlook);
        actions.addClassName("sticky-actions");
        add(actions);
        refreshPreview();
    }

    private void refreshPreview() {
        long commit = 0;
        long buyer = 0;
        long invalid = 0;
        for (LineAnswerEditor editor : editors) {
            LinePreview preview = acknowledgments.preview(form, editor.answer());
            editor.show(preview);
            if (!preview.valid()) {
                invalid++;
            } else if (preview.evaluation().outcome() == LineEvaluation.Outcome.COMMIT) {
                commit++;
            } else {
                buyer++;
            }
        }
        outlook.setText(lines(commit) + " confirmed at once, " + lines(buyer) + " to the buyer"
                + (invalid > 0 ? ", " + lines(invalid) + " to correct" : "") + ".");
    }

    private void submit() {
        OrderForAnswer order = form.order();
        List<LineAnswer> answers = editors.stream().map(LineAnswerEditor::answer).toList();
        try {
            AcknowledgmentResult result = acknowledgments.submit(new AcknowledgmentRequest(order.id(), order.revision(),
                    idempotencyKey, orderComment.getValue(), answers));
            Confirmations.done("Acknowledgment sent: " + lines(result.committedCount()) + " confirmed, "
                    + lines(result.toBuyerCount()) + " sent to the buyer.");
            UI.getCurrent().navigate("orders/" + order.id());
        } catch (InvalidAcknowledgmentException invalid) {
            showProblems(invalid.problems());
        } catch (StaleRevisionException stale) {
            showStale(stale, answers);
        } catch (AlreadyAnsweredException | LineNotInThatStateException conflict) {
            Confirmations.failed(conflict.getMessage());
            UI.getCurrent().navigate("orders/" + order.id());
        }
    }

    private void showProblems(List<FieldProblem> problems) {
        List<String> general = new ArrayList<>();
        for (FieldProblem problem : problems) {
            int index = problem.field().startsWith("lines[") ? Integer.parseInt(problem.field().substring(6, problem.field().indexOf(']'))) : -1;
            if (index >= 0 && index < editors.size()) {
                editors.get(index).place(List.of(problem)).forEach(message -> general.add("Line " + problem.lineNumber() + ": " + message));
            } else {
                general.add(problem.message());
            }
        }
        Confirmations.failed(general.isEmpty() ? "Some answers need correcting; see the marked fields." : String.join(" ", general));
    }

    /** The order changed meanwhile: show what changed, and keep every answer for the lines still open. */
    private void showStale(StaleRevisionException stale, List<LineAnswer> answers) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("PO " + form.order().number() + " changed while you were answering");
        dialog.add(new Paragraph("You answered revision " + stale.answeredRevision() + "; the buyer has since sent revision "
                + stale.currentRevision() + ". Nothing was sent. Your answers are kept for the lines still open."));
        Div changes = new Div();
        for (RevisionChange change : stale.changes().changes()) {
            changes.add(new Paragraph((change.lineNumber() == null ? "Order" : "Line " + change.lineNumber()) + " · "
                    + change.field() + ": " + (change.before() == null ? "—" : change.before()) + " → "
                    + (change.after() == null ? "—" : change.after())));
        }
        changes.setId("stale-changes");
        dialog.add(changes);
        Button review = new Button("Review revision " + stale.currentRevision(), click -> {
            dialog.close();
            Map<Integer, LineAnswer> kept = answers.stream().collect(Collectors.toMap(LineAnswer::lineNumber, Function.identity()));
            build(acknowledgments.prepare(form.order().id()), kept);
        });
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.setId("review-new-revision");
        dialog.getFooter().add(review);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    private void askRejectAll() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reject every line?");
        TextField reason = TextLimits.limit(new TextField("Why do you reject the order?"), 1000);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        dialog.add(new Paragraph("The buyer sees your reason on every line. You can still change single lines before sending."), reason);
        Button apply = new Button("Reject all lines", click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Say why you reject the order.");
                reason.setInvalid(true);
                return;
            }
            editors.forEach(editor -> editor.choose(Decision.REJECT, reason.getValue()));
            dialog.close();
        });
        apply.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), apply);
        dialog.open();
    }

    private Div counterCard(OrderForAnswer order, OrderLineView line) {
        TextField reason = TextLimits.limit(new TextField("Why do you reject it?"), 900);
        reason.setWidthFull();
        reason.setId("counter-" + line.lineNumber() + "-reason");
        Button accept = new Button("Accept the buyer's proposal", click -> respond(order, line, true, null, reason));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("counter-" + line.lineNumber() + "-accept");
        Button reject = new Button("Reject it", click -> respond(order, line, false, reason.getValue(), reason));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("counter-" + line.lineNumber() + "-reject");
        Div card = new Div(new H2("Line " + line.lineNumber() + " · " + line.partNumber()), new Paragraph(line.statusNote()),
                reason, new Div(accept, reject));
        card.addClassNames("banner", "banner-info");
        card.setId("counter-" + line.lineNumber());
        return card;
    }

    private void respond(OrderForAnswer order, OrderLineView line, boolean accept, String reasonText, TextField reason) {
        try {
            acknowledgments.respondToCounter(order.id(), line.lineNumber(), accept, reasonText);
            Confirmations.done(accept ? "Line " + line.lineNumber() + " confirmed with the buyer's values."
                    : "Your rejection of the counter-proposal on line " + line.lineNumber() + " went to the buyer.");
            build(acknowledgments.prepare(order.id()), Map.of());
        } catch (InvalidAcknowledgmentException invalid) {
            reason.setErrorMessage(invalid.problems().getFirst().message());
            reason.setInvalid(true);
        } catch (LineNotInThatStateException conflict) {
            Confirmations.failed(conflict.getMessage());
            build(acknowledgments.prepare(order.id()), Map.of());
        }
    }

    private static String lines(long count) {
        return count == 1 ? "1 line" : count + " lines";
    }
}
