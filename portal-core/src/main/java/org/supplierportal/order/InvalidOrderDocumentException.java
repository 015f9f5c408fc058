package org.supplierportal.order;

import java.util.List;

/** A document the portal cannot take as it is (a permanent error: retrying will not help, fixing the data will). */
public class InvalidOrderDocumentException extends RuntimeException {

    private final transient List<String> problems;

    public InvalidOrderDocumentException(String orderNumber, List<String> problems) {
        super("PO " + orderNumber + " cannot be imported: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
