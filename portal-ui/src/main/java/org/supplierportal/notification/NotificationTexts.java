package org.supplierportal.notification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.supplierportal.locale.PortalLanguage;

/**
 * Every text of notifications, their e-mails and their screens, from the {@code i18n/notifications} bundle in the
 * portal's languages. A screen's texts are in the screen's language; an e-mail's in its recipient's
 * ({@link NotificationMails}), so one notification reads in German for one person and in Chinese for another.
 */
@Component
public class NotificationTexts {

    private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

    NotificationTexts() {
        bundle.setBasename("i18n/notifications");
        bundle.setDefaultEncoding("UTF-8");
        // Without this the server's own locale would come between a missing language and English.
        bundle.setFallbackToSystemLocale(false);
        bundle.setUseCodeAsDefaultMessage(false);
        // Every text through MessageFormat, with or without arguments, so a quote is written the same way in all.
        bundle.setAlwaysUseMessageFormat(true);
    }

    /** A text for the screen being built, in its language; a missing key fails loudly rather than show a raw key. */
    public String get(String key, Object... arguments) {
        return get(screenLanguage(), key, arguments);
    }

    /** A text in one language (the portal's closest to it). */
    public String get(Locale language, String key, Object... arguments) {
        return bundle.getMessage(key, arguments, PortalLanguage.closestTo(language).locale());
    }

    public String typeName(NotificationType type) {
        return typeName(screenLanguage(), type);
    }

    public String typeName(Locale language, NotificationType type) {
        return get(language, "notification.type." + type.name());
    }

    public String typeDescription(NotificationType type) {
        return get("notification.type." + type.name() + ".description");
    }

    public String deliveryName(Delivery delivery) {
        return get("notification.delivery." + delivery.name());
    }

    /** The one-line title of a notification ("New PO 4500017001"). */
    String title(ReaderLocale reader, NotificationType type, List<String> arguments) {
        return get(reader.language(), "notification." + type.name() + ".title" + variant(type, arguments),
                NotificationArguments.render(type, arguments, reader, key -> word(reader.language(), key)));
    }

    /** What happened and what to do, in a sentence or two. */
    String text(ReaderLocale reader, NotificationType type, List<String> arguments) {
        return get(reader.language(), "notification." + type.name() + ".text" + textVariant(type, arguments),
                NotificationArguments.render(type, arguments, reader, key -> word(reader.language(), key)));
    }

    private Optional<String> word(Locale language, String key) {
        return Optional.ofNullable(bundle.getMessage(key, null, null, PortalLanguage.closestTo(language).locale()));
    }

    /** A buyer's decision reads differently for each decision; its name is the third argument. */
    private static String variant(NotificationType type, List<String> arguments) {
        return type == NotificationType.BUYER_DECIDED ? "." + arguments.get(2) : "";
    }

    /**
     * An inbox exception's text names what it is about: its subject when it has one (a quality step, an invoice), with
     * its order when it has one, else the order, with its line when it has one; one stored before subjects were, with neither, only the supplier.
     */
    private static String textVariant(NotificationType type, List<String> arguments) {
        if (type != NotificationType.INBOX_EXCEPTION) {
            return variant(type, arguments);
        }
        if (arguments.size() > NotificationArguments.SUBJECT_INDEX) {
            return arguments.get(2).isEmpty() ? ".about" : ".aboutOrder";
        }
        if (arguments.get(2).isEmpty()) {
            return ".supplier";
        }
        return arguments.get(3).isEmpty() ? ".order" : "";
    }

    /** The language of the screen being built; outside a screen (a test, a job) the portal's default, English. */
    private static Locale screenLanguage() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
