package org.supplierportal.notification;

import java.util.List;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Every text of notifications, their e-mails and their screens, from the {@code i18n/notifications} bundle. English
 * only for now: the translation work (issue 15's languages) adds the other bundles and the reader's locale.
 */
@Component
public class NotificationTexts {

    static final Locale LANGUAGE = Locale.ENGLISH;

    private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

    NotificationTexts() {
        bundle.setBasename("i18n/notifications");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        bundle.setUseCodeAsDefaultMessage(false);
    }

    /** The text under a key, with its arguments; a missing key fails loudly rather than show a raw key. */
    public String get(String key, Object... arguments) {
        return bundle.getMessage(key, arguments, LANGUAGE);
    }

    public String typeName(NotificationType type) {
        return get("notification.type." + type.name());
    }

    public String typeDescription(NotificationType type) {
        return get("notification.type." + type.name() + ".description");
    }

    public String deliveryName(Delivery delivery) {
        return get("notification.delivery." + delivery.name());
    }

    /** The one-line title of a notification ("New PO 4500017001"). */
    String title(NotificationType type, List<String> arguments) {
        return get("notification." + type.name() + ".title" + variant(type, arguments), arguments.toArray());
    }

    /** What happened and what to do, in a sentence or two. */
    String text(NotificationType type, List<String> arguments) {
        return get("notification." + type.name() + ".text" + variant(type, arguments), arguments.toArray());
    }

    /** A buyer's decision reads differently for each decision; its name is the third argument. */
    private static String variant(NotificationType type, List<String> arguments) {
        return type == NotificationType.BUYER_DECIDED ? "." + arguments.get(2) : "";
    }
}
