package org.supplierportal.locale;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tenancy.CurrentUsers;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * Applies a logged-in person's language and time zone to every UI they open: the UI's locale (so every
 * {@code getTranslation} and format follows it) and the zone dates and times are shown in. Before log-in, and for
 * people who have not chosen, the browser's language (Accept-Language) and zone apply. The browser's own locale is
 * kept whenever its language is the one in use, so an en-GB browser reads 31/12/2026 and an en-US one 12/31/2026,
 * where Vaadin's own matching would give both the bundle's bare "en".
 */
@Component
public class PersonLocaleAtLogin implements VaadinServiceInitListener {

    private final CurrentUsers currentUsers;
    private final PersonLocales personLocales;

    PersonLocaleAtLogin(CurrentUsers currentUsers, PersonLocales personLocales) {
        this.currentUsers = currentUsers;
        this.personLocales = personLocales;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Optional<PersonLocale> chosen = currentUsers.find().isPresent() ? personLocales.mine() : Optional.empty();
            Locale browser = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getLocale();
            if (chosen.isPresent()) {
                apply(init.getUI(), chosen.get(), browser);
            } else {
                init.getUI().setLocale(locale(PortalLanguage.closestTo(browser), browser));
            }
        });
    }

    /** Puts a person's choice into effect for this UI and the rest of their session. */
    public static void apply(UI ui, PersonLocale chosen, Locale browser) {
        Locale locale = locale(chosen.language(), browser);
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getSession().setAttribute(UserFormats.TIME_ZONE_ATTRIBUTE, chosen.timeZone());
    }

    /**
     * Puts the browser's language and time zone back into effect for this UI and the session, as for a person who
     * never chose; then tells what they are.
     */
    public static void followBrowser(UI ui, Consumer<PersonLocale> then) {
        Locale browser = ui.getSession().getBrowser().getLocale();
        PortalLanguage language = PortalLanguage.closestTo(browser);
        Locale locale = locale(language, browser);
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        // The zone comes from the browser itself (known once the page asked for it, as the main layout does).
        ui.getPage().retrieveExtendedClientDetails(details -> {
            ZoneId zone = ZoneId.of(details.getTimeZoneId());
            ui.getSession().setAttribute(UserFormats.TIME_ZONE_ATTRIBUTE, zone);
            then.accept(new PersonLocale(language, zone));
        });
    }

    private static Locale locale(PortalLanguage language, Locale browser) {
        return browser != null && browser.getLanguage().equals(language.locale().getLanguage()) ? browser : language.locale();
    }
}
