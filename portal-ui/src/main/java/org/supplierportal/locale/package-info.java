/**
 * The languages the portal speaks and each person's language and time zone: the translations behind Vaadin's
 * {@code I18NProvider} (the screens' bundle {@code vaadin-i18n/translations} and the rules' {@code i18n/rules}), the
 * person's choice stored per person, and its application at log-in (the UI's locale, the zone dates are shown in).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Languages and time zones")
package org.supplierportal.locale;
