package org.supplierportal.quality;

/** Who opened an incident. */
public enum IncidentSource {
    BUYER, ERP
}
