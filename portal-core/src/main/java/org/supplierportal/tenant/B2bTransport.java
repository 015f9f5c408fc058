package org.supplierportal.tenant;

/** How documents travel between the portal and a supplier's system: X12 over SFTP or AS2, cXML over HTTPS. */
public enum B2bTransport {
    NONE("None"),
    SFTP("SFTP (folder pair on the portal's SFTP server)"),
    AS2("AS2"),
    HTTPS("HTTPS");

    private final String label;

    B2bTransport(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
