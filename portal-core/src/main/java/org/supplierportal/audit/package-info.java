/**
 * The audit trail: who changed what, when, with the state before and after, written in the same transaction as the
 * change itself so that the trail and the data can never disagree. Append-only for the application.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.supplierportal.audit;
