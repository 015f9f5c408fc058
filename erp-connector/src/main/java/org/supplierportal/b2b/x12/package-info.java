/**
 * ANSI X12 004010: the 855 in (read and validated with StAEDI against our schema, mapped to the acknowledgment a
 * supplier submits on the screen), the 856 in (004010 or 005010, its HL hierarchy mapped to the ASN a supplier enters
 * on the screen and created through the same service), the 850 out (from the order events the screens use) and the
 * 997 for every interchange received, with each error's location.
 */
package org.supplierportal.b2b.x12;
