/**
 * What several portal nodes on one PostgreSQL share: the node's identity, cluster locks (ShedLock over a table, kept
 * alive while their holder runs, so a dead node's work is taken over within a minute), and the housekeeping of the
 * event publication registry (incomplete publications resubmitted and completed ones deleted, by one node at a time).
 * Every node is the same jar; PostgreSQL is the coordinator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster")
package org.supplierportal.cluster;
