package org.supplierportal.erp;

import java.util.Optional;

/**
 * The ERP the portal is connected to, if any. Without one (the demo), orders come from the demo files, commitments
 * wait in the outbound queue, and the monitor says how to connect an ERP.
 */
public interface ErpConnection {

    Optional<ErpAdapter> adapter();

    /** A sentence for the monitor: which ERP, where (never secrets). */
    String describe();
}
