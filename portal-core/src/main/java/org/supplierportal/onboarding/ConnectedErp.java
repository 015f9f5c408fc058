package org.supplierportal.onboarding;

/**
 * Whether a real ERP is connected. The ERP connector provides it; without one, no ERP is connected. With an ERP
 * connected its orders are the real ones, so the demo's orders are not seeded: demo data must never mix with an
 * ERP's or reach it (issue 9).
 */
public interface ConnectedErp {

    boolean present();
}
