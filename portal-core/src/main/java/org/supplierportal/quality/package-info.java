/**
 * Quality incidents: a buyer opens one against a supplier (part, order, ASN, lot, quantity affected, defect,
 * severity); the supplier answers in steps (containment, root cause, corrective and preventive action) by due dates
 * that follow from the severity; the buyer accepts or returns each step, and the incident closes when all are
 * accepted. Files (PDF, images, spreadsheets) go with the incident or a step, checked by content and size. Steps
 * past their due date become events for the buyer inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality incidents")
package org.supplierportal.quality;
