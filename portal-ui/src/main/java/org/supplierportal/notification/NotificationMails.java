package org.supplierportal.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.supplierportal.identity.PortalPublicUrl;

/**
 * The e-mails of notifications: one about one notification, or a digest of several; each with the link to the page
 * that acts on it and, per type it holds, a one-click unsubscribe link. Each is written in its recipient's language
 * and time zone as they chose them on "My account"; someone who never chose reads English with UTC times (a mail has
 * no browser to ask).
 */
@Component
class NotificationMails {

    private final NotificationTexts texts;
    private final UnsubscribeTokens tokens;
    private final PortalPublicUrl publicUrl;

    NotificationMails(NotificationTexts texts, UnsubscribeTokens tokens, PortalPublicUrl publicUrl) {
        this.texts = texts;
        this.tokens = tokens;
        this.publicUrl = publicUrl;
    }

    MailContent single(Recipient recipient, NotificationType type, List<String> arguments, String link) {
        ReaderLocale reader = recipient.reader();
        Locale language = reader.language();
        String unsubscribe = unsubscribeUrl(recipient, type);
        String body = texts.get(language, "mail.greeting", recipient.displayName()) + "\n\n"
                + texts.text(reader, type, arguments) + "\n\n"
                + texts.get(language, "mail.open", url(link)) + "\n\n"
                + "-- \n" + texts.get(language, "mail.unsubscribe", texts.typeName(language, type), unsubscribe) + "\n"
                + texts.get(language, "mail.preferences", url("account")) + "\n";
        return new MailContent(texts.title(reader, type, arguments), body, unsubscribe);
    }

    MailContent digest(Recipient recipient, List<StoredNotification> notifications) {
        ReaderLocale reader = recipient.reader();
        Locale language = reader.language();
        StringBuilder body = new StringBuilder(texts.get(language, "mail.greeting", recipient.displayName())).append("\n\n")
                .append(texts.get(language, "mail.digest.intro")).append("\n\n");
        Set<NotificationType> types = new LinkedHashSet<>();
        for (StoredNotification notification : notifications) {
            types.add(notification.type());
            body.append("* ").append(texts.title(reader, notification.type(), notification.arguments())).append('\n')
                    .append("  ").append(texts.text(reader, notification.type(), notification.arguments())).append('\n')
                    .append("  ").append(url(notification.link())).append("\n\n");
        }
        body.append("-- \n");
        types.forEach(type -> body.append(texts.get(language, "mail.unsubscribe", texts.typeName(language, type),
                unsubscribeUrl(recipient, type))).append('\n'));
        body.append(texts.get(language, "mail.preferences", url("account"))).append('\n');
        return new MailContent(texts.get(language, "mail.digest.subject", notifications.size()), body.toString(),
                types.size() == 1 ? unsubscribeUrl(recipient, types.iterator().next()) : null);
    }

    private String unsubscribeUrl(Recipient recipient, NotificationType type) {
        return url("unsubscribe/" + tokens.tokenFor(recipient.userId(), type));
    }

    private String url(String route) {
        return publicUrl.get() + "/" + route;
    }
}
