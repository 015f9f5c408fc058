/**
 * Notifications people act on: the business changes the other modules already publish as events (a new or changed
 * order, a buyer's decision, a new exception in the inbox, a dead letter) become notifications for the people who
 * act on them, and only them: a supplier's notifications go to that supplier's own active users, never another's;
 * buyer-side ones to buyers; integration failures to admins. Each shows under the bell in the portal's header (live,
 * through Vaadin push) and, as the person chose per type (immediately, in a daily digest, or not at all), goes out
 * by e-mail through an outbox ({@code notification_mail}), claimed row by row so a mail server that is down delays
 * mail and loses none. Each e-mail links to the page that acts on it and to a signed one-click unsubscribe. Texts
 * come from the {@code i18n/notifications} bundle in the portal's five languages; the notification keeps only its type and
 * language-neutral arguments, so each person reads it (on screen and by e-mail) in their own language and time zone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.supplierportal.notification;
