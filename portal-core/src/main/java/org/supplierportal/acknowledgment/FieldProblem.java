package org.supplierportal.acknowledgment;

/**
 * One thing wrong with an answer, tied to the field it concerns.
 *
 * @param field e.g. {@code lines[2].quantity} (index into the request's lines) or {@code revision}
 * @param lineNumber the order line concerned, or null
 */
public record FieldProblem(String field, Integer lineNumber, String message) {
}
