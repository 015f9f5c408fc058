package org.supplierportal.inbox.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.supplierportal.tenant.RuleTexts;
import org.supplierportal.inbox.BuyerDecisions;
import org.supplierportal.inbox.ExceptionAlreadyDecidedException;
import org.supplierportal.inbox.ExceptionStatus;
import org.supplierportal.inbox.ExceptionView;
import org.supplierportal.inbox.InboxFilter;
import org.supplierportal.inbox.InboxQueries;
import org.supplierportal.inbox.InvalidDecisionException;
import org.supplierportal.order.LineNotInThatStateException;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.ViewHeader;
import org.supplierportal.tenancy.Role;
import org.supplierportal.tenant.TenantService;

/**
 * One inbox across all suppliers: answers outside tolerance, rejected lines and counter-proposals, overdue
 * acknowledgments, shipments, quality steps and invoices that need a buyer; each with what was ordered, what the
 * supplier answered, the rule that fired and its age. The buyer decides in the panel on the right. The view composes
 * the filter bar, the list, the panel and the decision form, and alone talks to the services.
 */
@Route("inbox")
@Menu(title = "Exception inbox", order = 5, icon = "vaadin:inbox")
@RolesAllowed({Role.BUYER_NAME, Role.ADMIN_NAME})
class InboxView extends Main implements HasDynamicTitle {

    private static final int COUNT_CAP = 10_000;
    /** How far down the list a selected exception is looked for when the list is searched again. */
    private static final int KEEP_SELECTION_WITHIN = 100;

    private boolean refreshing;

    private final InboxQueries queries;
    private final BuyerDecisions decisions;
    private final InboxFilters filters;
    private final Span count = new Span();
    private final ExceptionList list;
    private final ExceptionPanel panel;

    InboxView(InboxQueries queries, BuyerDecisions decisions, TenantService tenants, Clock clock) {
        this.queries = queries;
        this.decisions = decisions;
        this.filters = new InboxFilters(tenants.listAll());
        this.list = new ExceptionList(clock);
        this.panel = new ExceptionPanel(clock);
        addClassName("page");
        setId("inbox-view");
        getStyle().set("max-width", "none");
        add(new ViewHeader(getTranslation("menu.inbox"), getTranslation("inbox.description")));
        count.addClassName("list-count");
        count.setId("inbox-count");
        SplitLayout split = new SplitLayout(list, panel);
        split.setSplitterPosition(55);
        split.setWidthFull();
        split.setHeight("38rem");
        add(filters, count, split);

        filters.addChangeListener(event -> refresh());
        list.asSingleSelect().addValueChangeListener(event -> {
            if (!refreshing) {
                select(event.getValue());
            }
        });
        refresh();
    }

    private void refresh() {
        ExceptionView selected = list.asSingleSelect().getValue();
        InboxFilter filter = filters.filter();
        long matching = queries.count(filter, COUNT_CAP);
        count.setText(matching > COUNT_CAP ? getTranslation("inbox.count.capped", COUNT_CAP) : getTranslation("inbox.count", matching));
        // The search follows typing after a pause: a buyer who picked an exception meanwhile keeps it, and what they
        // typed into its decision, while it is still among the first ones listed (in the list's order) and unchanged.
        refreshing = true; // setItems deselects: not a choice of the buyer's
        try {
            list.setItems(query -> queries.search(filter, ExceptionList.sortOf(query.getSortOrders()), query.getOffset(),
                    query.getLimit()).stream());
            ExceptionView stillListed = selected == null ? null : queries.search(filter, ExceptionList.sortOf(sortOrders()), 0,
                    KEEP_SELECTION_WITHIN).stream().filter(listed -> listed.id().equals(selected.id())).findFirst().orElse(null);
            if (stillListed != null) {
                list.select(stillListed);
            }
            if (stillListed == null || !stillListed.equals(selected)) {
                select(stillListed); // gone from the list, or changed meanwhile: shown as it is now
            }
        } finally {
            refreshing = false;
        }
    }

    private List<QuerySortOrder> sortOrders() {
        return list.getSortOrder().stream().flatMap(order -> order.getSorted().getSortOrder(order.getDirection())).toList();
    }

    private void select(ExceptionView exception) {
        panel.show(exception);
        if (exception != null && exception.status() == ExceptionStatus.OPEN) {
            DecisionForm form = new DecisionForm(exception);
            form.addDecidedListener(this::decide);
            panel.add(form);
        }
    }

    private void decide(DecisionForm.Decided event) {
        Decision decision = event.decision();
        try {
            ExceptionView decided = apply(decision);
            Confirmations.done(getTranslation("inbox.decided", decision.confirmation(), ExceptionList.about(decided)));
            refresh();
        } catch (InvalidDecisionException invalid) {
            invalid.fieldRefusals().forEach((field, refusal) -> {
                String message = RuleTexts.text(refusal);
                if (!event.getSource().showProblem(field, message)) {
                    Confirmations.failed(message);
                }
            });
        } catch (ExceptionAlreadyDecidedException | LineNotInThatStateException conflict) {
            // Decided meanwhile (another buyer, another tab) or the supplier's line moved on: the list shows it now.
            Confirmations.failed(getTranslation("inbox.changedMeanwhile"));
            refresh();
        }
    }

    private ExceptionView apply(Decision decision) {
        return switch (decision) {
            case Decision.Approve approve -> decisions.approve(approve.exceptionId(), approve.note());
            case Decision.Reject reject -> decisions.reject(reject.exceptionId(), reject.reason());
            case Decision.Counter counter -> decisions.counter(counter.exceptionId(), counter.proposal(), counter.note());
            case Decision.Close close -> decisions.close(close.exceptionId(), close.note());
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", getTranslation("menu.inbox"));
    }
}
