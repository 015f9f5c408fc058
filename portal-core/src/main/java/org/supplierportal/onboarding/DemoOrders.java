package org.supplierportal.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.supplierportal.acknowledgment.AcknowledgmentRequest;
import org.supplierportal.acknowledgment.AcknowledgmentService;
import org.supplierportal.acknowledgment.LineAnswer;
import org.supplierportal.identity.UserAccountService;
import org.supplierportal.order.InboundResult;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.order.OrderFilter;
import org.supplierportal.order.OrderInbound;
import org.supplierportal.order.OrderQueries;
import org.supplierportal.tenancy.CurrentUser;
import org.supplierportal.tenancy.CurrentUsers;
import org.supplierportal.tenant.TenantService;
import org.supplierportal.tenant.TenantSummary;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Seeds the demo's purchase orders through the same inbound service the ERP connector uses, and the demo's
 * acknowledgments through the same service the screens use, once per supplier: only when the supplier has no
 * orders yet, so a restart never adds or changes anything.
 */
@Component
class DemoOrders {

    static final String SOURCE_SYSTEM = "DEMO";

    private static final Logger log = LoggerFactory.getLogger(DemoOrders.class);
    private static final YAMLMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final OrderInbound inbound;
    private final OrderQueries orders;
    private final AcknowledgmentService acknowledgments;
    private final TenantService tenants;
    private final UserAccountService users;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final DemoAftermath aftermath;
    private final boolean erpConnected;

    DemoOrders(OrderInbound inbound, OrderQueries orders, AcknowledgmentService acknowledgments, TenantService tenants,
               UserAccountService users, CurrentUsers currentUsers, Clock clock, DemoAftermath aftermath,
               org.springframework.beans.factory.ObjectProvider<ConnectedErp> erp) {
        this.aftermath = aftermath;
        this.erpConnected = erp.getIfAvailable(() -> () -> false).present();
        this.inbound = inbound;
        this.orders = orders;
        this.acknowledgments = acknowledgments;
        this.tenants = tenants;
        this.users = users;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /**
     * Seeds every {@code <tenant key>.yaml} of the folder whose supplier has no orders yet; nothing while an ERP is
     * connected.
     */
    Outcome seed(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Outcome.NO_DEMO_ORDERS;
        }
        if (erpConnected) {
            log.info("An ERP is connected: its orders are the real ones, so the demo orders in {} are not seeded", folder);
            return Outcome.ERP_CONNECTED;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                String key = file.getFileName().toString().replace(".yaml", "");
                seedTenant(key, read(file), file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo orders in " + folder, e);
        }
        return Outcome.APPLIED;
    }

    /** APPLIED: every supplier of the folder has its demo orders (seeded now or before). */
    enum Outcome { NO_DEMO_ORDERS, ERP_CONNECTED, APPLIED }

    private void seedTenant(String key, DemoOrderFile file, Path source) {
        TenantSummary tenant = currentUsers.runAsSystem("demo orders", () -> tenants.findByKey(key)).orElse(null);
        if (tenant == null) {
            log.warn("Demo orders in {} are for the unknown supplier '{}'; skipped", source, key);
            return;
        }
        long existing = currentUsers.runAsSystem("demo orders", () -> orders.count(
                new OrderFilter(null, false, null, null, null, tenant.id()), 1));
        if (existing > 0) {
            return;
        }
        // The supplier user who, in the demo's story, answered the orders that are already acknowledged.
        CurrentUser supplierUser = file.acknowledgedBy() == null ? null
                : currentUsers.runAsSystem("demo orders", () -> users.principalOf(file.acknowledgedBy())).orElse(null);
        LocalDate today = LocalDate.now(clock);
        for (DemoOrderFile.Order order : file.orders()) {
            seedOrder(tenant, order, supplierUser, today);
        }
        log.info("Seeded {} demo orders for {}", file.orders().size(), tenant.name());
    }

    private void seedOrder(TenantSummary tenant, DemoOrderFile.Order order, CurrentUser supplierUser, LocalDate today) {
        int daysAgo = order.orderedDaysAgo() == null ? 0 : order.orderedDaysAgo();
        OrderDocument first = document(tenant, order, today, 1, List.of());
        Instant receivedAt = clock.instant().minus(Duration.ofDays(daysAgo));
        InboundResult created = currentUsers.runAsSystem("demo orders", () -> inbound.receiveAsOf(first, receivedAt));
        String story = order.story() == null ? "new" : order.story();
        if (story.equals("new") || story.equals("overdue") || supplierUser == null) {
            return;
        }
        List<LineAnswer> answers = new ArrayList<>();
        for (DemoOrderFile.Line line : order.lines()) {
            if (story.equals("in-review") && Integer.toString(line.line()).equals(order.proposeLateOnLine())) {
                answers.add(LineAnswer.propose(line.line(), null, today.plusDays(line.requestedInDays() + 9L), null)
                        .withComment("Our heat treatment partner is fully booked; we can ship 9 days later."));
            } else {
                answers.add(LineAnswer.accept(line.line()));
            }
        }
        currentUsers.runAs(supplierUser, () -> acknowledgments.submit(new AcknowledgmentRequest(created.orderId(), 1,
                "demo-" + UUID.randomUUID(), "Thank you for the order.", answers)));
        if (story.equals("changed")) {
            OrderDocument second = document(tenant, order, today, 2, order.changes());
            currentUsers.runAsSystem("demo orders", () -> inbound.receive(second));
        }
        if (story.equals("acknowledged")) {
            aftermath.followUp(tenant, order, today);
        }
    }

    private static OrderDocument document(TenantSummary tenant, DemoOrderFile.Order order, LocalDate today, long revision,
                                          List<DemoOrderFile.Change> changes) {
        int daysAgo = order.orderedDaysAgo() == null ? 0 : order.orderedDaysAgo();
        List<OrderDocument.Line> lines = order.lines().stream().map(line -> {
            DemoOrderFile.Change change = changes == null ? null
                    : changes.stream().filter(candidate -> candidate.line() == line.line()).findFirst().orElse(null);
            return new OrderDocument.Line(line.line(), order.number() + "-" + line.line(), line.part(), line.supplierPart(),
                    line.description(), change != null && change.quantity() != null ? change.quantity() : line.quantity(),
                    line.unit(), line.price(), line.priceUnit(),
                    today.plusDays(change != null && change.requestedInDays() != null ? change.requestedInDays() : line.requestedInDays()),
                    List.of());
        }).toList();
        return new OrderDocument(SOURCE_SYSTEM, order.number(), order.number(), revision,
                tenant.erpPartyCodes().getFirst(), order.buyer(), order.buyerEmail(), order.currency(), order.paymentTerms(),
                order.incoterms(), order.shipTo(), today.minusDays(daysAgo), lines);
    }

    private static DemoOrderFile read(Path file) {
        try {
            return YAML.readValue(Files.readString(file), DemoOrderFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
