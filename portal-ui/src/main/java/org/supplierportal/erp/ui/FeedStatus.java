package org.supplierportal.erp.ui;

import java.util.List;
import java.util.Optional;

import org.supplierportal.erp.inbound.ErpJob;
import org.supplierportal.erp.inbound.FeedState;
import org.supplierportal.erp.inbound.JobRunView;

/**
 * One job as the screen shows it: its feed's last success, the run going on, the latest runs, and whether the
 * connected ERP can serve it at all (an adapter without invoice status cannot import invoices).
 */
record FeedStatus(ErpJob job, Optional<FeedState> state, Optional<JobRunView> running, List<JobRunView> runs,
                  boolean runnable) {
}
