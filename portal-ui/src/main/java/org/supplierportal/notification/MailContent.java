package org.supplierportal.notification;

/** An e-mail as it goes out. @param unsubscribeUrl the link of its only type, for the List-Unsubscribe header; or null */
record MailContent(String subject, String body, String unsubscribeUrl) {
}
