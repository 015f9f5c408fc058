package org.supplierportal.keycloak;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionalEventListener;
import org.supplierportal.locale.PersonLanguageChanged;
import org.supplierportal.locale.PortalLanguage;

/**
 * Keycloak's own pages (log-in, errors, update password) and its e-mails in the person's language: the user's
 * {@code locale} attribute follows the language chosen on "My account". Before Keycloak knows who is logging in, it
 * goes by the browser's Accept-Language, which is all the portal would know then too; so the log-in request carries
 * no {@code ui_locales}.
 */
class KeycloakLocales {

    /** The user attribute Keycloak reads a person's language from (once the realm has internationalization on). */
    static final String ATTRIBUTE = "locale";

    private static final Logger log = LoggerFactory.getLogger(KeycloakLocales.class);

    private final KeycloakDirectory directory;

    KeycloakLocales(KeycloakDirectory directory) {
        this.directory = directory;
    }

    /**
     * Keycloak's code for a portal language. Keycloak 26 names its languages by BCP 47 tags (its themes' {@code locales}
     * en, de, fr, es, zh-CN, where zh-CN reads the bundle {@code messages_zh_Hans}), which are the portal's own tags.
     */
    static String code(PortalLanguage language) {
        return language.tag();
    }

    /**
     * After the choice is saved; best effort, as the choice stands in the portal whatever Keycloak answers: a Keycloak
     * that is away is logged, and the language goes along the next time the person is published.
     */
    @TransactionalEventListener
    void languageChanged(PersonLanguageChanged changed) {
        try {
            directory.setLocale(changed.username(), changed.language().map(KeycloakLocales::code));
        } catch (RuntimeException failed) {
            log.warn("The language of {} did not reach Keycloak: {}", changed.username(), failed.getMessage());
        }
    }
}
