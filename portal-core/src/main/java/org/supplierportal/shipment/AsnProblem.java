package org.supplierportal.shipment;

/**
 * What is wrong with one field of an ASN, in the supplier's words.
 *
 * @param field as in the draft: {@code shipDate}, {@code lines[2].quantity}, {@code packages[0].contents[1].quantity}
 */
public record AsnProblem(String field, String message) {
}
