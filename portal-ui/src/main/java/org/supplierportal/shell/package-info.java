/**
 * The portal's frame: log-in page, main layout with the navigation each role may use, the home page that says who
 * you are and which company you act for, and the access-denied and not-found pages. Its root package holds the small
 * UI kit the feature screens share (formats in the user's locale, titles, empty states, confirmations).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package org.supplierportal.shell;
