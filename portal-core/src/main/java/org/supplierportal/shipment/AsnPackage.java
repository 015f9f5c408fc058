package org.supplierportal.shipment;

import java.math.BigDecimal;
import java.util.List;

/**
 * One handling unit of an ASN: its SSCC and what it holds.
 *
 * @param number   1, 2, ... within the ASN; a package keeps its number and SSCC through later versions
 * @param contents which ASN lines (1-based) and quantities it holds
 */
public record AsnPackage(int number, String sscc, String type, BigDecimal grossWeightKg, List<AsnDraft.Content> contents) {
}
