package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.supplierportal.order.OrderId;
import org.supplierportal.order.OrderLineKey;
import org.supplierportal.order.OrderLineQueries;
import org.supplierportal.order.ShippableLine;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Looks for shipments that need the buyer: ASNs whose goods have not arrived some days after the expected arrival,
 * and committed lines whose date has passed with nothing shipped. Each is raised once (the inbox ignores repeats).
 */
@Service
@EnableConfigurationProperties(ShipmentProperties.class)
public class ShipmentWatch {

    private static final Logger log = LoggerFactory.getLogger(ShipmentWatch.class);

    private final AsnRepository asns;
    private final OrderLineQueries orders;
    private final ApplicationEventPublisher events;
    private final CurrentUsers currentUsers;
    private final TransactionTemplate transaction;
    private final ShipmentProperties properties;
    private final Clock clock;

    ShipmentWatch(AsnRepository asns, OrderLineQueries orders, ApplicationEventPublisher events, CurrentUsers currentUsers,
                  TransactionTemplate transaction, ShipmentProperties properties, Clock clock) {
        this.asns = asns;
        this.orders = orders;
        this.events = events;
        this.currentUsers = currentUsers;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${portal.shipments.check-interval:PT1H}", fixedDelayString = "${portal.shipments.check-interval:PT1H}")
    @SchedulerLock(name = "watch:shipments", lockAtLeastFor = "PT5S") // one node at a time
    public void checkOnSchedule() {
        int raised = currentUsers.runAsSystem("shipment check", () -> transaction.execute(status -> check()));
        if (raised > 0) {
            log.info("{} shipments need the buyer", raised);
        }
    }

    /** Raises what is newly late; returns how many. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int check() {
        LocalDate today = LocalDate.now(clock);
        int raised = 0;
        for (Asn asn : asns.notReceivedBy(today.minusDays(properties.notReceivedAfter().toDays()))) {
            AsnView view = asn.view(null);
            asn.markNotReceivedRaised(clock.instant());
            String orderNumbers = String.join(", ", view.orderNumbers());
            int daysLate = (int) ChronoUnit.DAYS.between(view.expectedArrival(), today);
            events.publishEvent(new ShipmentEvents.AsnNotReceived(view.tenantId(), view.number(),
                    view.lines().getFirst().orderId(), orderNumbers, view.expectedArrival(), daysLate,
                    ShipmentInboxTexts.asnExpected(view.number(), view.expectedArrival()),
                    ShipmentInboxTexts.asnNotReceived(view.number(), orderNumbers, view.expectedArrival(), daysLate)));
            raised++;
        }
        List<ShippableLine> due = orders.committedDueBefore(today.minusDays(properties.overdueAfter().toDays()));
        Map<OrderLineKey, BigDecimal> shipped = due.isEmpty() ? Map.of() : asns.shippedPerLineOf(
                        due.stream().map(line -> line.orderId().value()).distinct().toList()).stream()
                .collect(Collectors.toMap(row -> new OrderLineKey(new OrderId((java.util.UUID) row[0]), (Integer) row[1]),
                        row -> (BigDecimal) row[2]));
        for (ShippableLine line : due) {
            boolean nothingShipped = !shipped.containsKey(new OrderLineKey(line.orderId(), line.lineNumber()))
                    && line.receivedQuantity().signum() == 0;
            if (nothingShipped) {
                events.publishEvent(new ShipmentEvents.ShipmentOverdue(line.tenantId(), line.orderId(),
                        line.orderNumber(), line.lineNumber(), line.partNumber(), line.dueDate(), line.targetQuantity(),
                        line.unit(), ShipmentInboxTexts.committed(line.targetQuantity(), line.unit(), line.dueDate()),
                        ShipmentInboxTexts.nothingShipped(line.dueDate())));
                raised++;
            }
        }
        return raised;
    }
}
