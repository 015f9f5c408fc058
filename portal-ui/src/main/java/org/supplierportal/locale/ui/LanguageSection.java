package org.supplierportal.locale.ui;

import java.time.ZoneId;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import org.supplierportal.locale.PersonLocale;
import org.supplierportal.locale.PersonLocaleAtLogin;
import org.supplierportal.locale.PersonLocales;
import org.supplierportal.locale.PortalLanguage;
import org.supplierportal.shell.AccountSection;
import org.supplierportal.shell.Confirmations;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tenancy.CurrentUser;
import java.util.Optional;

/**
 * The person's language and time zone on "My account". Until they choose, the fields show what the browser gave
 * (its language, when the portal speaks it, and its time zone), which is also what the screens use meanwhile.
 */
@org.springframework.stereotype.Component
class LanguageSection implements AccountSection {

    private final PersonLocales personLocales;

    LanguageSection(PersonLocales personLocales) {
        this.personLocales = personLocales;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(CurrentUser me) {
        UI ui = UI.getCurrent();
        Optional<PersonLocale> stored = personLocales.mine();
        PersonLocale current = stored.orElseGet(() ->
                new PersonLocale(PortalLanguage.closestTo(ui.getLocale()), UserFormats.timeZone()));

        Select<PortalLanguage> language = new Select<>();
        language.setLabel(ui.getTranslation("account.language"));
        language.setItems(PortalLanguage.values());
        language.setItemLabelGenerator(PortalLanguage::nativeName);
        language.setValue(current.language());
        language.setId("language");

        ComboBox<String> timeZone = new ComboBox<>(ui.getTranslation("account.timeZone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(zone -> zone.contains("/") || zone.equals("UTC"))
                .sorted().toList());
        timeZone.setValue(current.timeZone().getId());
        timeZone.setRequired(true);
        timeZone.setWidth("20em");
        timeZone.setId("time-zone");

        Button save = new Button(ui.getTranslation("account.language.save"), click -> {
            if (timeZone.getValue() == null) {
                timeZone.setErrorMessage(ui.getTranslation("account.timeZone.required"));
                timeZone.setInvalid(true);
                return;
            }
            PersonLocale chosen = personLocales.change(language.getValue(), ZoneId.of(timeZone.getValue()));
            PersonLocaleAtLogin.apply(ui, chosen, ui.getSession().getBrowser().getLocale());
            // Rebuilds the page and its frame (menu, header) in the new language, without a reload.
            ui.refreshCurrentRoute(true);
            Confirmations.done(ui.getTranslation("account.language.saved", chosen.language().nativeName(),
                    chosen.timeZone().getId()));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-language");

        Button followBrowser = new Button(ui.getTranslation("account.language.useBrowser"), click -> {
            personLocales.forget();
            PersonLocaleAtLogin.followBrowser(ui, browser -> {
                ui.refreshCurrentRoute(true);
                Confirmations.done(ui.getTranslation("account.language.followsBrowser", browser.language().nativeName(),
                        browser.timeZone().getId()));
            });
        });
        followBrowser.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        followBrowser.setId("use-browser-settings");
        // Only a stored choice can be given up; until then the browser's settings apply already, and the page says so.
        followBrowser.setVisible(stored.isPresent());

        HorizontalLayout fields = new HorizontalLayout(language, timeZone, save, followBrowser);
        fields.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        fields.setWrap(true);
        Section section = new Section(new H2(ui.getTranslation("account.language.heading")),
                new Paragraph(ui.getTranslation("account.language.description")), fields);
        if (stored.isEmpty()) {
            Paragraph following = new Paragraph(ui.getTranslation("account.language.followingBrowser"));
            following.setId("following-browser");
            following.addClassName("view-description");
            section.add(following);
        }
        section.setId("language-and-time-zone");
        section.addClassName("card");
        return section;
    }

}
