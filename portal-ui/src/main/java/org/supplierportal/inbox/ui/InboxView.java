package org.supplierportal.inbox.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.shell.TextLimits;
import org.supplierportal.inbox.BuyerInbox;
import org.supplierportal.inbox.ExceptionAlreadyDecidedException;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionType;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.inbox.InboxFilter;
import org.supplierportal.inbox.InboxSort;
import org.supplierportal.inbox.InvalidDecisionException;
import org.supplierportal.order.CounterProposal;
import org.supplierportal.order.LineNotInThatStateException;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.Facts;
import org.supplierportal.shell.StatusBadge;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;

/**
 * One inbox across all suppliers: answers outside tolerance, rejected lines and counter-proposals, overdue
 * acknowledgments; each with what was ordered, what the supplier answered, the rule that fired and its age. The
 * buyer decides in the panel on the right.
 */
@Route("inbox")
@PageTitle("Exception inbox | Supplier Portal")
@Menu(title = "Exception inbox", order = 5, icon = "vaadin:inbox")
@RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
class InboxView extends Main {

    private static final int COUNT_CAP = 10_000;

    private final BuyerInbox inbox;
    private final Clock clock;
    private final TextField search = TextLimits.limit(new TextField("PO, part or supplier"), 100);
    private final MultiSelectComboBox<ExceptionType> types = new MultiSelectComboBox<>("Type");
    private final MultiSelectComboBox<ExceptionStatus> statuses = new MultiSelectComboBox<>("Status");
    private final ComboBox<TenantSummary> supplier = new ComboBox<>("Supplier");
    private final Checkbox pastDue = new Checkbox("Only past due");
    private final Span count = new Span();
    private final Grid<ExceptionView> grid = new Grid<>();
    private final Div panel = new Div();

    InboxView(BuyerInbox inbox, TenantService tenants, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
        addClassName("page");
        setId("inbox-view");
        getStyle().set("max-width", "none");
        add(new ViewHeader("Exception inbox", "Everything across all suppliers that needs a buyer's decision."));

        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("inbox-search");
        types.setItems(ExceptionType.values());
        types.setItemLabelGenerator(ExceptionType::label);
        statuses.setItems(ExceptionStatus.values());
        statuses.setItemLabelGenerator(ExceptionStatus::label);
        statuses.setValue(Set.of(ExceptionStatus.OPEN));
        statuses.setId("inbox-status");
        supplier.setItems(tenants.listAll());
        supplier.setItemLabelGenerator(TenantSummary::name);
        supplier.setClearButtonVisible(true);
        Div filters = new Div(search, types, statuses, supplier, pastDue);
        filters.addClassName("filter-bar");
        count.addClassName("list-count");
        count.setId("inbox-count");
        add(filters, count);

        configureGrid();
        panel.addClassName("decision-panel");
        panel.setId("decision-panel");
        panel.getStyle().set("padding", "0 var(--lumo-space-m)").set("overflow", "auto").set("height", "100%")
                .set("box-sizing", "border-box");
        SplitLayout split = new SplitLayout(grid, panel);
        split.setSplitterPosition(55);
        split.setWidthFull();
        split.setHeight("38rem");
        add(split);
        showPanel(null);

        search.addValueChangeListener(event -> refresh());
        types.addValueChangeListener(event -> refresh());
        statuses.addValueChangeListener(event -> refresh());
        supplier.addValueChangeListener(event -> refresh());
        pastDue.addValueChangeListener(event -> refresh());
        refresh();
    }

    private void configureGrid() {
        grid.setId("exceptions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(exception -> exception.type().label()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(ExceptionView::supplierName).setHeader("Supplier").setKey("supplier").setSortable(true).setAutoWidth(true);
        grid.addColumn(InboxView::about).setHeader("About").setKey("order").setSortable(true).setAutoWidth(true);
        grid.addColumn(exception -> UserFormats.age(exception.age(clock.instant()))).setHeader("Age").setKey("age")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::due).setHeader("Decide by").setKey("due").setSortable(true).setAutoWidth(true);
        grid.setEmptyStateText("Nothing to decide. New exceptions appear here when a supplier's answer needs a buyer.");
        grid.asSingleSelect().addValueChangeListener(event -> showPanel(event.getValue()));
    }

    /** The order line it concerns, or for other exceptions what they are about. */
    private static String about(ExceptionView exception) {
        if (exception.orderId() == null) {
            return exception.subject();
        }
        String order = "PO " + exception.orderNumber() + (exception.lineNumber() == null ? "" : " · line " + exception.lineNumber());
        return exception.subject() == null ? order : exception.subject() + " · " + order;
    }

    private Component due(ExceptionView exception) {
        if (exception.status() != ExceptionStatus.OPEN) {
            return StatusBadge.of(exception.status().label(), StatusBadge.Tone.NEUTRAL);
        }
        Span due = new Span(UserFormats.dateTime(exception.dueAt()));
        if (exception.isPastDue(clock.instant())) {
            due.addClassName("overdue");
        }
        return due;
    }

    private void refresh() {
        InboxFilter filter = new InboxFilter(types.getValue(), statuses.getValue(),
                supplier.getValue() == null ? null : supplier.getValue().id(), search.getValue(), pastDue.getValue());
        grid.setItems(query -> inbox.search(filter, sortOf(query.getSortOrders()), query.getOffset(), query.getLimit()).stream());
        long matching = inbox.count(filter, COUNT_CAP);
        count.setText(matching > COUNT_CAP ? String.format("%,d+ exceptions", COUNT_CAP)
                : matching == 1 ? "1 exception" : String.format("%,d exceptions", matching));
        showPanel(null);
    }

    private static InboxSort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return InboxSort.OLDEST_FIRST;
        }
        QuerySortOrder first = orders.getFirst();
        return switch (first.getSorted()) {
            case "supplier" -> InboxSort.SUPPLIER;
            case "order" -> InboxSort.ORDER;
            case "due" -> InboxSort.DUE_FIRST;
            case "age" -> first.getDirection() == SortDirection.ASCENDING ? InboxSort.NEWEST_FIRST : InboxSort.OLDEST_FIRST;
            default -> InboxSort.OLDEST_FIRST;
        };
    }

    private void showPanel(ExceptionView exception) {
        panel.removeAll();
        if (exception == null) {
            panel.add(new Paragraph("Select an exception to see it in full and decide."));
            return;
        }
        panel.add(new H2(exception.type().label()));
        Div compare = new Div();
        compare.addClassName("compare");
        Facts.row(compare, "Supplier", exception.supplierName());
        if (exception.subject() != null) {
            Facts.row(compare, "About", exception.subject());
        }
        if (exception.orderId() != null) {
            Facts.row(compare, "Order", "PO " + exception.orderNumber() + ", revision " + exception.orderRevision()
                    + (exception.lineNumber() == null ? "" : ", line " + exception.lineNumber())
                    + (exception.partNumber() == null ? "" : " (" + exception.partNumber() + ")"));
        } else if (exception.partNumber() != null) {
            Facts.row(compare, "Part", exception.partNumber());
        }
        if (exception.orderedSummary() != null) {
            Facts.row(compare, "Ordered", exception.orderedSummary());
        }
        if (exception.proposedSummary() != null) {
            Facts.row(compare, "Supplier answered", exception.proposedSummary());
        }
        Facts.row(compare, "Why you see it", exception.rule());
        Facts.row(compare, "Raised", UserFormats.dateTime(exception.raisedAt()) + " (" + UserFormats.age(exception.age(clock.instant())) + " ago)");
        Facts.row(compare, "Decide by", UserFormats.dateTime(exception.dueAt()));
        compare.setId("exception-details");
        panel.add(compare);
        if (exception.subjectLink() != null) {
            Anchor subject = new Anchor(exception.subjectLink(), "Open " + exception.subject().split(":")[0]);
            subject.setId("open-subject");
            panel.add(subject);
        }
        if (exception.orderId() != null) {
            panel.add(new Anchor("orders/" + exception.orderId(), "Open PO " + exception.orderNumber()));
        }

        if (exception.status() != ExceptionStatus.OPEN) {
            panel.add(new Paragraph(exception.status().label() + " by " + exception.decidedBy() + " on "
                    + UserFormats.dateTime(exception.decidedAt()) + (exception.decisionNote() == null ? "" : ": " + exception.decisionNote())));
            return;
        }
        TextField note = TextLimits.limit(new TextField("Note to the supplier"), 2000);
        note.setWidthFull();
        note.setId("decision-note");
        if (!exception.type().isAnswerDecision()) {
            Button close = new Button("Close", click -> decide(() -> inbox.close(exception.id(), note.getValue()), "Closed", Map.of("note", note)));
            close.setId("close-exception");
            panel.add(new Paragraph("Contact the supplier, then close this with a note of what you agreed."), note, close);
            return;
        }
        Button approve = new Button("Approve", click -> decide(() -> inbox.approve(exception.id(), note.getValue()),
                "Approved: the supplier's answer is now the agreed commitment", Map.of("note", note)));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("approve-exception");
        Button reject = new Button("Reject", click -> decide(() -> inbox.reject(exception.id(), note.getValue()),
                "Rejected: the supplier must answer the line again", Map.of("reason", note)));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("reject-exception");
        BigDecimalField quantity = new BigDecimalField("Quantity");
        quantity.setId("counter-quantity");
        DatePicker date = new DatePicker("Date");
        date.setId("counter-date");
        BigDecimalField price = new BigDecimalField("Unit price");
        price.setId("counter-price");
        Button counter = new Button("Counter-propose", click -> decide(() -> inbox.counter(exception.id(),
                new CounterProposal(quantity.getValue(), date.getValue(), price.getValue()), note.getValue()),
                "Counter-proposal sent to the supplier", Map.of("quantity", quantity, "date", date, "unitPrice", price, "note", note)));
        counter.setId("counter-exception");
        Div counterFields = new Div(quantity, date, price, counter);
        counterFields.addClassName("answer-fields");
        panel.add(note, new Div(approve, reject), new Paragraph("Or propose other values:"), counterFields);
    }

    private void decide(java.util.function.Supplier<ExceptionView> decision, String confirmation,
                        Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            ExceptionView decided = decision.get();
            Confirmations.done(confirmation + " (" + about(decided) + ").");
            refresh();
        } catch (InvalidDecisionException invalid) {
            invalid.fieldMessages().forEach((field, message) -> {
                HasValidation target = fields.get(field);
                if (target == null) {
                    Confirmations.failed(message);
                } else {
                    target.setErrorMessage(message);
                    target.setInvalid(true);
                }
            });
        } catch (ExceptionAlreadyDecidedException | LineNotInThatStateException conflict) {
            Confirmations.failed(conflict.getMessage());
            refresh();
        }
    }
}
