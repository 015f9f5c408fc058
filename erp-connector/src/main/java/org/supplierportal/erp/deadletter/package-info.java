/**
 * Dead letters: records and messages the connector could not process and that retrying will not fix, kept with their
 * payload, error and the history of their attempts, one open letter per record. After the cause is fixed an admin
 * replays them; the side that made a letter replays it ({@link org.supplierportal.erp.deadletter.DeadLetterReplayer}),
 * so this package depends on neither inbound nor outbound.
 */
package org.supplierportal.erp.deadletter;
