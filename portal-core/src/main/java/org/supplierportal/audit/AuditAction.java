package org.supplierportal.audit;

/**
 * What an audit entry records: one value per kind of change, so a misspelt action cannot slip into the trail and
 * every kind is listed in one place. Stored by name (the audit_entry.action column).
 */
public enum AuditAction {
    // orders from the ERP and their lines
    ORDER_RECEIVED, ORDER_REVISED,
    LINE_COMMITTED, LINE_COUNTERED, LINE_REJECTION_AGREED, LINE_RETURNED, LINE_TO_BUYER,
    GOODS_RECEIVED,
    // the supplier's answers and the buyers' inbox
    ACKNOWLEDGMENT_SUBMITTED,
    EXCEPTION_APPROVED, EXCEPTION_CLOSED, EXCEPTION_COUNTERED, EXCEPTION_RAISED, EXCEPTION_REJECTED,
    // shipments, quality incidents, invoices
    ASN_CANCELLED, ASN_CHANGED, ASN_SENT,
    QUALITY_FILE_ATTACHED, QUALITY_INCIDENT_OPENED, QUALITY_STEP_ACCEPTED, QUALITY_STEP_ANSWERED, QUALITY_STEP_RETURNED,
    INVOICE_STATUS,
    // tolerances, suppliers and their contacts
    PART_TOLERANCE_ADDED, PART_TOLERANCE_CHANGED, PART_TOLERANCE_REMOVED,
    TENANT_DEACTIVATED, TENANT_ONBOARDED, TENANT_REACTIVATED, TENANT_TOLERANCES_REVIEWED, TENANT_UPDATED,
    CONTACT_ADDED, CONTACT_CHANGED, CONTACT_REMOVED,
    // people and their accounts
    USER_CREATED, USER_DEACTIVATED, USER_INVITATION_RESENT, USER_INVITATION_REVOKED, USER_INVITED,
    USER_PASSWORD_LINK_SENT, USER_PASSWORD_SET, USER_REACTIVATED, USER_ROLE_CHANGED, USER_UPDATED,
    // systems calling the API
    API_CLIENT_CREATED, API_CLIENT_REVOKED,
    // suppliers' systems on EDI: channel settings and the documents they exchange
    B2B_CHANNEL_CHANGED, B2B_DOCUMENT_REFUSED,
    // the ERP connection
    DEAD_LETTER_REPLAYED, PARKED_ORDER_RETRIED
}
