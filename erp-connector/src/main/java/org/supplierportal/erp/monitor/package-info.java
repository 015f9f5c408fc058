/**
 * Watching the integration: {@link org.supplierportal.erp.monitor.IntegrationMonitor} is what the admins' integration
 * screen reads and does (connection, job runs, feeds' lag, the last reconciliation, the outbound queue, dead letters
 * with replay, parked orders with retry), for admins only; {@code ErpMetrics} gives the same health to Prometheus.
 */
package org.supplierportal.erp.monitor;
