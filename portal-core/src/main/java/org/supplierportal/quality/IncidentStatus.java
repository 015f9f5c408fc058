package org.supplierportal.quality;

public enum IncidentStatus {
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    IncidentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
