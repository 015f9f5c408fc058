package org.supplierportal.notification;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.supplierportal.identity.PortalPublicUrl;
import org.supplierportal.locale.PortalTranslations;
import org.supplierportal.quality.IncidentView;
import org.supplierportal.quality.StepView;

/**
 * The e-mail telling a supplier's person of a new quality incident, in their language and time zone: what was found,
 * on what, and when each step is due. The severity's word is the screens' own ({@code quality.severity.*}), the steps'
 * the notifications' ({@code value.step.*}), so the mail calls things what the portal calls them.
 */
@Component
class IncidentMailText {

    private final NotificationTexts texts;
    private final PortalTranslations screens;
    private final PortalPublicUrl publicUrl;

    IncidentMailText(NotificationTexts texts, PortalTranslations screens, PortalPublicUrl publicUrl) {
        this.texts = texts;
        this.screens = screens;
        this.publicUrl = publicUrl;
    }

    /** @param name whom to greet; null or blank for an address without one (a supplier contact with no name) */
    MailContent write(ReaderLocale reader, String name, IncidentView incident) {
        Locale language = reader.language();
        String subject = texts.get(language, "mail.incident.subject", incident.number(),
                screens.getTranslation("quality.severity." + incident.severity().name(), language), incident.titleWords().in(language));
        StringBuilder body = new StringBuilder(name == null || name.isBlank() ? texts.get(language, "mail.greeting.anonymous")
                : texts.get(language, "mail.greeting", name)).append("\n\n")
                .append(texts.get(language, "mail.incident.opened", incident.openedByWords().in(language), incident.number(),
                        incident.supplierName()))
                .append("\n\n  ").append(incident.titleWords().in(language)).append("\n  ").append(incident.defectWords().in(language))
                .append("\n\n");
        if (incident.partNumber() != null) {
            body.append(texts.get(language, "mail.incident.part", incident.partNumber())).append('\n');
        }
        if (incident.orderNumber() != null) {
            body.append(incident.orderLineNumber() == null ? texts.get(language, "mail.incident.order", incident.orderNumber())
                    : texts.get(language, "mail.incident.orderLine", incident.orderNumber(), String.valueOf(incident.orderLineNumber())))
                    .append('\n');
        }
        if (incident.lot() != null) {
            body.append(texts.get(language, "mail.incident.lot", incident.lot())).append('\n');
        }
        body.append('\n').append(texts.get(language, "mail.incident.steps")).append('\n');
        for (StepView step : incident.steps()) {
            body.append("  ").append(texts.get(language, "mail.incident.step",
                    texts.get(language, "value.step." + step.kind().name()), reader.time(step.dueAt()))).append('\n');
        }
        body.append('\n').append(texts.get(language, "mail.open", publicUrl.get() + "/quality/" + incident.id())).append('\n');
        return new MailContent(subject, body.toString(), null);
    }
}
