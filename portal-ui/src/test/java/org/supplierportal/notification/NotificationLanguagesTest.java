package org.supplierportal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.supplierportal.inbox.ExceptionReason;
import org.supplierportal.inbox.ExceptionSubject;
import org.supplierportal.inbox.ExceptionType;
import org.supplierportal.inbox.InboxEvents;
import org.supplierportal.invoice.InvoiceEvents;
import org.supplierportal.locale.PortalLanguage;
import org.supplierportal.order.OrderEvents;
import org.supplierportal.order.OrderId;
import org.supplierportal.quality.QualityEvents;
import org.supplierportal.quality.StepKind;
import org.supplierportal.shipment.ShipmentEvents;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tolerance.Explanation;
import org.supplierportal.tolerance.ExplanationText;

/**
 * A notification reads in its reader's language and time zone: the words from that language's bundle, the times in
 * the reader's zone and format, numbers with the reader's separators, step and exception kinds as the reader's words;
 * and every bundle has every key, with the same placeholders as the English one.
 */
class NotificationLanguagesTest {

    private static final TenantId ACME = new TenantId(UUID.randomUUID());
    private static final OrderId ORDER = new OrderId(UUID.randomUUID());
    private static final Instant DUE = Instant.parse("2026-12-02T16:00:00Z");
    private static final ReaderLocale GERMAN_IN_BERLIN = new ReaderLocale(Locale.GERMANY, ZoneId.of("Europe/Berlin"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private final NotificationTexts texts = new NotificationTexts();

    @Test
    void anInvoicesBlockReasonReadsInTheReadersLanguageWithTheirNumbersAndTheErpsWordsAsWritten() {
        String reason = ExplanationText.of(Explanation.of("invoice.reason.more", ExplanationText.asStored("Sperre AP"),
                Explanation.of("invoice.reason.quantity", "10", "BR-4711", Explanation.of("inbox.quantity", new BigDecimal("1200.5"), "pcs"),
                        Explanation.of("inbox.quantity", new BigDecimal("1000"), "pcs"))));
        NotificationDraft blocked = NotificationCatalogue.invoiceBlocked(new InvoiceEvents.InvoiceBlocked(ACME, UUID.randomUUID(),
                "INV-77", ORDER, "4500017001", new BigDecimal("210"), "EUR", reason, null, null));

        assertThat(texts.text(GERMAN_IN_BERLIN, blocked.type(), blocked.arguments())).isEqualTo("Ihr Kunde hat die Rechnung"
                + " INV-77 (Bestellung 4500017001) gesperrt: Sperre AP Mengenabweichung in Position 10 (BR-4711): berechnet"
                + " 1.200,5 pcs, eingegangen 1.000 pcs.");
        assertThat(texts.text(ReaderLocale.DEFAULT, blocked.type(), blocked.arguments())).isEqualTo("Your customer blocked"
                + " invoice INV-77 (PO 4500017001): Sperre AP Quantity variance on line 10 (BR-4711): invoiced 1,200.5 pcs,"
                + " received 1,000 pcs.");
        NotificationDraft older = NotificationCatalogue.invoiceBlocked(new InvoiceEvents.InvoiceBlocked(ACME, UUID.randomUUID(),
                "INV-78", ORDER, "4500017001", null, "EUR", "Price variance on line 10.", null, null));
        assertThat(texts.text(GERMAN_IN_BERLIN, older.type(), older.arguments())).endsWith("gesperrt: Price variance on line 10.");
    }

    @Test
    void aDeadlineReadsInTheReadersLanguageAndTimeZone() {
        NotificationDraft soon = NotificationCatalogue.acknowledgmentDueSoon(
                new OrderEvents.AcknowledgmentDueSoon(ORDER, ACME, "4500017001", 2, DUE));

        assertThat(texts.title(GERMAN_IN_BERLIN, soon.type(), soon.arguments()))
                .isEqualTo("Bestellung 4500017001: Bestätigung fällig am 02.12.2026, 17:00 MEZ");
        assertThat(texts.title(new ReaderLocale(Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai")), soon.type(), soon.arguments()))
                .startsWith("采购订单 4500017001：确认将于 2026年12月3日 00:00");
        assertThat(texts.text(ReaderLocale.DEFAULT, soon.type(), soon.arguments())).contains("by Dec 2, 2026, 4:00");
    }

    @Test
    void quantitiesAndKindsAreTheReadersWords() {
        NotificationDraft differs = NotificationCatalogue.receiptDiffersFromAsn(new ShipmentEvents.ReceiptDiffersFromAsn(ACME,
                "ASN-7", ORDER, "4500017001", 10, "P-100", new java.math.BigDecimal("1500"), new java.math.BigDecimal("1234.5"), "kg",
                java.math.BigDecimal.TEN, "received 1234.5 of 1500", "receipt-matches-asn"), null);
        NotificationDraft returned = NotificationCatalogue.qualityStepReturned(new QualityEvents.StepReturned(ACME,
                UUID.randomUUID(), "QI-2026-0001", StepKind.CONTAINMENT, "Which lots?", DUE, DUE.minusSeconds(3600)));
        NotificationDraft exception = NotificationCatalogue.exceptionRaised(new InboxEvents.ExceptionRaised(UUID.randomUUID(),
                ACME, ExceptionType.SHIPMENT_OVERDUE, "Acme Metals", ORDER, "4500017001", 10, ExceptionReason.text("Due 2026-12-01; nothing shipped"), null));

        assertThat(texts.text(GERMAN_IN_BERLIN, differs.type(), differs.arguments()))
                .contains("1.234,5 kg").contains("1.500 kg");
        assertThat(texts.title(new ReaderLocale(Locale.FRENCH, ZoneId.of("Europe/Paris")), returned.type(), returned.arguments()))
                .isEqualTo("QI-2026-0001 : Mesures de confinement renvoyé(e)");
        assertThat(texts.title(new ReaderLocale(Locale.of("es"), ZoneId.of("Europe/Madrid")), exception.type(), exception.arguments()))
                .isEqualTo("Envío retrasado: Acme Metals");
        assertThat(texts.title(ReaderLocale.DEFAULT, exception.type(), exception.arguments()))
                .isEqualTo("Shipment overdue: Acme Metals");
    }

    /** An exception about a quality step or an invoice names it in the reader's words, with its order when it has one. */
    @Test
    void anExceptionsSubjectIsInTheReadersLanguage() {
        NotificationDraft step = NotificationCatalogue.exceptionRaised(new InboxEvents.ExceptionRaised(UUID.randomUUID(), ACME,
                ExceptionType.QUALITY_STEP_OVERDUE, "Acme Metals", ORDER, "4500017001", null, ExceptionReason.text("Remind the supplier."),
                ExceptionSubject.qualityStep("QI-9", StepKind.CONTAINMENT)));
        NotificationDraft invoice = NotificationCatalogue.exceptionRaised(new InboxEvents.ExceptionRaised(UUID.randomUUID(), ACME,
                ExceptionType.INVOICE_BLOCKED, "Acme Metals", null, null, null, ExceptionReason.text("Price variance."), ExceptionSubject.invoice("INV-77")));

        assertThat(step.arguments()).endsWith("QUALITY_STEP", "QI-9", "CONTAINMENT");
        assertThat(texts.text(GERMAN_IN_BERLIN, step.type(), step.arguments()))
                .isEqualTo("Acme Metals, Reklamation QI-9: Sofortmaßnahme (Bestellung 4500017001): Remind the supplier.");
        assertThat(texts.text(ReaderLocale.DEFAULT, step.type(), step.arguments()))
                .isEqualTo("Acme Metals, Quality incident QI-9: containment (PO 4500017001): Remind the supplier.");
        assertThat(texts.text(new ReaderLocale(Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai")), invoice.type(), invoice.arguments()))
                .isEqualTo("Acme Metals，发票 INV-77：Price variance.");
        assertThat(texts.text(new ReaderLocale(Locale.FRENCH, ZoneId.of("Europe/Paris")), invoice.type(), invoice.arguments()))
                .isEqualTo("Acme Metals, Facture INV-77 : Price variance.");
    }

    /** Why an exception is in the inbox reads in the reader's language, its time in their zone, named unambiguously. */
    @Test
    void anExceptionsReasonIsInTheReadersLanguageWithItsTimeInTheirZone() {
        NotificationDraft step = NotificationCatalogue.exceptionRaised(new InboxEvents.ExceptionRaised(UUID.randomUUID(), ACME,
                ExceptionType.QUALITY_STEP_OVERDUE, "Acme Metals", null, null, null,
                ExceptionReason.qualityStepOverdue("QI-9", StepKind.CONTAINMENT, DUE), ExceptionSubject.qualityStep("QI-9", StepKind.CONTAINMENT)));

        assertThat(texts.text(GERMAN_IN_BERLIN, step.type(), step.arguments())).isEqualTo("Acme Metals, Reklamation QI-9:"
                + " Sofortmaßnahme: Die Sofortmaßnahme zu QI-9 war am 02.12.2026, 17:00 MEZ fällig, und der Lieferant hat sie"
                + " nicht beantwortet. Erinnern Sie den Lieferanten.");
        assertThat(texts.text(ReaderLocale.DEFAULT, step.type(), step.arguments())).isEqualTo("Acme Metals, Quality incident"
                + " QI-9: containment: The containment of QI-9 was due Dec 2, 2026, 4:00\u202fPM UTC and the supplier has not"
                + " answered it. Remind the supplier.");
        // China's "CST" is also the US Central time: the offset says which.
        assertThat(texts.text(new ReaderLocale(Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai")), step.type(), step.arguments()))
                .contains("QI-9 的围堵措施应于 2026年12月3日 00:00 UTC+8 前提交").doesNotContain("CST");
    }

    /** Without a line (an order's acknowledgment overdue) or without an order at all, no empty "line" is written. */
    @Test
    void anExceptionWithoutALineOrAnOrderNamesOnlyWhatItHas() {
        NotificationDraft overdue = NotificationCatalogue.exceptionRaised(new InboxEvents.ExceptionRaised(UUID.randomUUID(), ACME,
                ExceptionType.ACKNOWLEDGMENT_OVERDUE, "Acme Metals", ORDER, "4500017001", null, ExceptionReason.text("No answer yet."), null));

        assertThat(texts.text(GERMAN_IN_BERLIN, overdue.type(), overdue.arguments()))
                .isEqualTo("Acme Metals, Bestellung 4500017001: No answer yet.");
        assertThat(texts.text(ReaderLocale.DEFAULT, NotificationType.INBOX_EXCEPTION,
                List.of("QUALITY_STEP_OVERDUE", "Acme Metals", "", "", "The containment of QI-1 was due.")))
                .isEqualTo("Acme Metals: The containment of QI-1 was due.");
    }

    /** Notifications stored before they were kept language-neutral still read, as they were written. */
    @Test
    void anArgumentStoredAsEnglishTextIsShownAsStored() {
        List<String> stored = List.of("4500017001", "2", "2026-12-02 16:00 UTC");
        assertThat(texts.title(GERMAN_IN_BERLIN, NotificationType.ACKNOWLEDGMENT_DUE_SOON, stored))
                .isEqualTo("Bestellung 4500017001: Bestätigung fällig am 2026-12-02 16:00 UTC");
        assertThat(texts.title(GERMAN_IN_BERLIN, NotificationType.QUALITY_STEP_DUE_SOON, List.of("QI-1", "Containment", "x")))
                .startsWith("QI-1: Containment");
    }

    @Test
    void aLanguageWithoutTranslationsReadsEnglish() {
        assertThat(texts.get(Locale.JAPANESE, "ui.list.title")).isEqualTo("Notifications");
        assertThat(texts.get(Locale.GERMANY, "ui.list.markAllRead")).isEqualTo("Alle als gelesen markieren");
        assertThat(texts.get(Locale.FRENCH, "notification.type.BUYER_DECIDED")).isEqualTo("Décisions de l'acheteur sur vos réponses");
    }

    @ParameterizedTest
    @EnumSource(PortalLanguage.class)
    void everyBundleHasEveryKeyWithTheSamePlaceholders(PortalLanguage language) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle(language == PortalLanguage.ENGLISH ? "" : "_" + language.locale().toString());

        assertThat(translated.stringPropertyNames()).as("keys of " + language).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(translated.getProperty(key))).as(language + " " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(translated.getProperty(key)).as(language + " " + key).isNotBlank();
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        String name = "/i18n/notifications" + suffix + ".properties";
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(NotificationLanguagesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
