package org.supplierportal.notification;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import org.springframework.stereotype.Component;
import org.supplierportal.identity.InvitationLetter;
import org.supplierportal.identity.InvitationWording;
import org.supplierportal.locale.PersonLocale;
import org.supplierportal.locale.PersonLocales;
import org.supplierportal.locale.PortalLanguage;
import org.supplierportal.locale.PortalTranslations;
import org.supplierportal.shell.UserFormats;
import org.supplierportal.tenancy.CurrentUsers;

/**
 * Invitation and password e-mails in the notification mails' words and formats.
 * <p>
 * Whose language: an invitee has no account, so no choice of their own. They read the language of the person who
 * invites them, who usually shares it (a supplier's administrator inviting a colleague, a buyer's admin inviting the
 * contact they already write to) and who can see what will be sent: that person's chosen language and time zone, or
 * else the language of the screen they invite from (their browser's) with its zone; sent without a screen and by
 * someone who never chose, English and UTC. A password link goes to an existing account: its holder's own choice comes
 * first, else the same rule as an invitation.
 */
@Component
class InvitationMailText implements InvitationWording {

    private final NotificationTexts texts;
    private final PortalTranslations screens;
    private final PersonLocales personLocales;
    private final CurrentUsers currentUsers;

    InvitationMailText(NotificationTexts texts, PortalTranslations screens, PersonLocales personLocales, CurrentUsers currentUsers) {
        this.texts = texts;
        this.screens = screens;
        this.personLocales = personLocales;
        this.currentUsers = currentUsers;
    }

    @Override
    public MailText word(InvitationLetter letter) {
        ReaderLocale reader = readerOf(letter);
        Locale language = reader.language();
        boolean company = letter.companyName() != null;
        String subject = letter.passwordReset() ? texts.get(language, "mail.passwordLink.subject")
                : company ? texts.get(language, "mail.invitation.subject.company", letter.companyName())
                : texts.get(language, "mail.invitation.subject");
        String role = screens.getTranslation("role.inSentence." + letter.role().name(), language);
        String purpose = letter.passwordReset() ? texts.get(language, "mail.passwordLink.text", letter.invitedBy())
                : company ? texts.get(language, "mail.invitation.text.company", letter.invitedBy(), role, letter.companyName())
                : texts.get(language, "mail.invitation.text", letter.invitedBy(), role);
        String body = texts.get(language, "mail.greeting", letter.displayName()) + "\n\n"
                + purpose + "\n\n"
                + texts.get(language, "mail.invitation.choosePassword") + "\n"
                + letter.link() + "\n\n"
                + texts.get(language, "mail.invitation.validity", reader.time(letter.expiresAt()), letter.email()) + "\n"
                + texts.get(language, "mail.invitation.ignore") + "\n";
        return new MailText(subject, body);
    }

    private ReaderLocale readerOf(InvitationLetter letter) {
        Optional<PersonLocale> holders = letter.passwordReset()
                ? Optional.ofNullable(personLocales.of(List.of(letter.accountId())).get(letter.accountId()))
                : Optional.empty();
        return holders.or(this::sendersChoice).map(chosen -> new ReaderLocale(chosen.language().locale(), chosen.timeZone()))
                .orElseGet(InvitationMailText::sendersScreen);
    }

    private Optional<PersonLocale> sendersChoice() {
        return currentUsers.find().filter(sender -> sender.userId() != null).flatMap(sender -> personLocales.mine());
    }

    private static ReaderLocale sendersScreen() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return ReaderLocale.DEFAULT;
        }
        ZoneId zone = ui.getSession() == null ? null : (ZoneId) ui.getSession().getAttribute(UserFormats.TIME_ZONE_ATTRIBUTE);
        // The language the texts will be in (the closest the portal speaks), so the dates are written the same way.
        return new ReaderLocale(PortalLanguage.closestTo(ui.getLocale()).locale(), zone == null ? ReaderLocale.DEFAULT.timeZone() : zone);
    }
}
