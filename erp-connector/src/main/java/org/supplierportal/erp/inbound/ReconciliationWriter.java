package org.supplierportal.erp.inbound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.supplierportal.erp.ErpAdapter;
import org.supplierportal.erp.PulledRecord;
import org.supplierportal.order.InboundResult;
import org.supplierportal.order.OrderDocument;
import org.supplierportal.order.OrderFingerprint;

/**
 * Compares a chunk of open orders with the ERP: reads them in one go through the port, compares each one's
 * fingerprint with the one the portal stored, and takes in what differs through the same path as the import (a new
 * revision, the supplier sees the change). Keeps the run's findings in the step's execution context, where the
 * monitor reads them.
 */
class ReconciliationWriter implements ItemStreamWriter<OrderFingerprint> {

    static final String CHECKED = "checked";
    static final String DIFFERED = "differed";
    static final String REPAIRED = "repaired";
    static final String MISSING = "missing";

    private final ErpAdapter adapter;
    private final OrderIntake intake;
    private final ReconciliationTotals totals;
    private ReconciliationFindings findings = ReconciliationFindings.NONE;

    ReconciliationWriter(ErpAdapter adapter, OrderIntake intake, ReconciliationTotals totals) {
        this.adapter = adapter;
        this.intake = intake;
        this.totals = totals;
    }

    @Override
    public void open(ExecutionContext context) {
        findings = read(context);
    }

    @Override
    public void write(Chunk<? extends OrderFingerprint> chunk) {
        Map<String, OrderFingerprint> portal = new LinkedHashMap<>();
        chunk.forEach(order -> portal.put(order.erpId(), order));
        List<PulledRecord<OrderDocument>> erp = adapter.pullOrders(portal.keySet());
        List<PulledRecord<OrderDocument>> differing = new ArrayList<>();
        for (PulledRecord<OrderDocument> record : erp) {
            OrderFingerprint stored = portal.get(record.key());
            // A record that cannot be mapped any more differs too: the intake makes it a dead letter an admin sees.
            if (stored != null && (!record.isMapped() || !record.document().fingerprint().equals(stored.fingerprint()))) {
                differing.add(record);
            }
        }
        long repaired = intake.take(differing).values().stream().filter(kind -> kind == InboundResult.Kind.REVISED).count();
        ReconciliationFindings chunkFindings = new ReconciliationFindings(portal.size(), differing.size(), repaired,
                portal.size() - erp.stream().filter(record -> portal.containsKey(record.key())).count());
        findings = findings.plus(chunkFindings);
        totals.add(chunkFindings);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(CHECKED, findings.checked());
        context.putLong(DIFFERED, findings.differed());
        context.putLong(REPAIRED, findings.repaired());
        context.putLong(MISSING, findings.missing());
    }

    static ReconciliationFindings read(ExecutionContext context) {
        return new ReconciliationFindings(context.getLong(CHECKED, 0), context.getLong(DIFFERED, 0),
                context.getLong(REPAIRED, 0), context.getLong(MISSING, 0));
    }
}
