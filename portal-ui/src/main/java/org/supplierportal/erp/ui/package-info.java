/**
 * The admins' integration screen: {@code IntegrationView} composed of one small component per section (the connection,
 * the imports and their runs with the reconciliation's findings, messages waiting for the ERP, dead letters, parked
 * orders). The sections raise what the admin asks for as component events; the view has the
 * {@link org.supplierportal.erp.monitor.IntegrationMonitor} do it.
 */
package org.supplierportal.erp.ui;
