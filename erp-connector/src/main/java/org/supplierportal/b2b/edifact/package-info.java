/**
 * UN/EDIFACT D.96A and D.01B (EANCOM-style subsets): ORDERS out (from the order events the screens use), ORDRSP in
 * (read and validated with StAEDI against our schemas, mapped to the acknowledgment a supplier submits on the screen)
 * and a CONTRL back for every interchange received, with each syntax error's location and code.
 */
package org.supplierportal.b2b.edifact;
