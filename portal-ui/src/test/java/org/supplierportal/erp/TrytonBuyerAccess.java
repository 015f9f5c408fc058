package org.supplierportal.erp;

import java.time.LocalDate;

import org.supplierportal.testsupport.TrytonRpc;

/** The Tryton buyer for tests outside this package (benchmarks). */
public final class TrytonBuyerAccess {

    private final TrytonBuyer buyer;

    public TrytonBuyerAccess(TrytonRpc rpc) {
        this.buyer = new TrytonBuyer(rpc);
    }

    public long placeOrder(String party, LocalDate requested) {
        return buyer.placeOrder(party, new TrytonBuyer.Line("SH-2040", 10, "24.60", requested));
    }

    public long firstLine(long purchase) {
        return buyer.lineIds(purchase).getFirst();
    }

    public LocalDate plannedDate(long line) {
        return buyer.plannedDateOfOpenMove(line);
    }
}
