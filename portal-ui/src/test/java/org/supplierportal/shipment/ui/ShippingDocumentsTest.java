package org.supplierportal.shipment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.supplierportal.locale.PortalTranslations;
import org.supplierportal.order.OrderId;
import org.supplierportal.shipment.AsnDraft;
import org.supplierportal.shipment.AsnLineView;
import org.supplierportal.shipment.AsnPackage;
import org.supplierportal.shipment.AsnStatus;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.tenancy.TenantId;
import org.supplierportal.tenant.Address;
import org.supplierportal.tenant.Contact;
import org.supplierportal.tenant.ShippingRules;
import org.supplierportal.tenant.TenantSummary;
import org.supplierportal.tenant.ToleranceOverrides;
import org.supplierportal.testsupport.PdfDocuments;

/**
 * The packing slip and the labels speak the language of the person who prints them: the words from the bundles,
 * dates and numbers in that locale, Chinese in an embedded font; the SSCCs stay as they are. Read back with OpenPDF's
 * text extractor, as a person's PDF reader would show them. Each leaves its PDF in target/documents for people to look at.
 */
class ShippingDocumentsTest {

    private static final String SSCC = "006141411234567890";
    private static final DocumentFonts FONTS = new DocumentFonts(Path.of(DocumentFonts.DEFAULT_CJK_FONT));

    @Test
    void aGermanReaderGetsAGermanPackingSlipWithGermanDatesAndNumbers() throws IOException {
        String slip = text(keep("packing-slip-de", ShippingDocuments.packingSlip(asn(), supplier("Acme Metals"), in(Locale.GERMAN, FONTS))));

        assertThat(slip).contains("Lieferschein", "Lieferavis ASN-000123, Version 2", "Absender", "Lieferadresse",
                "Spediteur", "Sendungsnummer JD0001234", "Beschreibung", "Menge", "Packstücke", "Inhalt", "Palette");
        assertThat(slip).as("dates and quantities the German way").contains("15.03.2026", "Voraussichtliche Ankunft 18.03.2026",
                "1.250 pcs", "12,5").contains("Schweden");
        assertThat(slip).as("the SSCC as it is").contains("(00) " + SSCC);
        assertThat(slip).doesNotContain("Packing slip", "Expected arrival", "Mar 15, 2026", "!pdf.");
    }

    /**
     * French and Spanish: their words, dates and number separators. French groups digits with a narrow space, which
     * Helvetica lacks: it is written as Helvetica's no-break space, so the slip needs no other font (it took the CJK
     * font's, which set the quantity lower than its row and failed the slip on a machine without that font).
     */
    @Test
    void aFrenchAndASpanishReaderGetTheirOwnPackingSlipsInHelvetica() throws IOException {
        byte[] frenchPdf = keep("packing-slip-fr", ShippingDocuments.packingSlip(asn(), supplier("Acme Metals"), in(Locale.FRENCH, FONTS)));
        String french = text(frenchPdf);
        String spanish = text(keep("packing-slip-es", ShippingDocuments.packingSlip(asn(), supplier("Acme Metals"), in(Locale.of("es"), FONTS))));

        assertThat(french).contains("Bordereau de livraison", "Avis d’expédition ASN-000123, version 2", "Transporteur",
                "Colis", "15 mars 2026", "Arrivée prévue le 18 mars 2026", "12,5", "Suède");
        // OpenPDF's extractor puts a space before the no-break space.
        assertThat(french.replace(" ", "")).as("the quantity, grouped by a no-break space").contains("1\u00A0250pcs");
        assertThat(spanish).contains("Albarán", "Aviso de envío ASN-000123, versión 2", "Transportista", "Bultos",
                "15 mar 2026", "Llegada prevista el 18 mar 2026", "1.250 pcs", "12,5", "Suecia");
        assertThat(french + spanish).contains("(00) " + SSCC).doesNotContain("Packing slip", "Expected arrival", "!pdf.");
        assertThat(embeddedFonts(frenchPdf)).as("the fonts embedded in the French PDF").isEmpty();
    }

    @Test
    void aChineseReaderGetsAChinesePackingSlipInAnEmbeddedFont() throws IOException {
        byte[] pdf = keep("packing-slip-zh", ShippingDocuments.packingSlip(asn(), supplier("Acme Metals"), in(Locale.SIMPLIFIED_CHINESE, FONTS)));

        String slip = text(pdf);
        assertThat(slip).contains("装箱单", "发货通知 ASN-000123，第 2 版", "收货地址", "承运商", "零件号", "包装件", "托盘", "瑞典");
        // Digits are in Helvetica, 年月日 in the Chinese font: OpenPDF's extractor puts a space at each change of font.
        assertThat(slip.replace(" ", "")).as("dates the Chinese way").contains("2026年3月15日", "预计到货：2026年3月18日");
        assertThat(slip).as("the SSCC as it is").contains("(00) " + SSCC);
        assertThat(embeddedFonts(pdf)).as("the fonts embedded in the PDF").anyMatch(name -> name.contains("WenQuanYi"));
    }

    @Test
    void aGermanReaderGetsGermanLabelsWithTheSameSscc() throws IOException {
        String labels = text(keep("labels-de", ShippingDocuments.labels(asn(), supplier("Acme Metals"), in(Locale.GERMAN, FONTS))));

        assertThat(labels).contains("Absender", "Empfänger", "Lieferavis ASN-000123 · Bestellung 4500015980",
                "Packstück 1 von 1 · Palette · 12,5 kg", "SC-0008 × 1.250 pcs (Bestellung 4500015980/10, Charge L-7)",
                "(00) " + SSCC);
    }

    @Test
    void anEnglishDocumentPrintsAChineseSuppliersNameInTheEmbeddedFont() throws IOException {
        byte[] pdf = keep("labels-en-chinese-name", ShippingDocuments.labels(asn(), supplier("深圳精密五金"), in(Locale.ENGLISH, FONTS)));

        assertThat(text(pdf)).contains("From", "深圳精密五金", "Package 1 of 1");
        assertThat(embeddedFonts(pdf)).anyMatch(name -> name.contains("WenQuanYi"));
    }

    @Test
    void withoutTheChineseFontAChineseDocumentFailsSayingWhatToInstall() throws IOException {
        DocumentFonts noCjkFont = new DocumentFonts(Files.createTempDirectory("fonts").resolve("wqy-zenhei.ttc"));

        assertThatThrownBy(() -> ShippingDocuments.packingSlip(asn(), supplier("Acme Metals"), in(Locale.SIMPLIFIED_CHINESE, noCjkFont)))
                .hasMessageContaining("fonts-wqy-zenhei").hasMessageContaining("PORTAL_DOCUMENTS_CJK_FONT");
        assertThat(text(ShippingDocuments.packingSlip(asn(), supplier("Acme Metals"), in(Locale.GERMAN, noCjkFont))))
                .as("a document without Chinese needs no Chinese font").contains("Lieferschein");
    }

    private static PdfText in(Locale locale, DocumentFonts fonts) {
        return new PdfText(new PortalTranslations(), locale, fonts);
    }

    private static AsnView asn() {
        AsnLineView line = new AsnLineView(1, new OrderId(UUID.randomUUID()), "4500015980", 10, "demo", null, null, "SC-0008",
                "Steel clamp", new BigDecimal("1250"), "pcs", "L-7", List.of(), null);
        AsnPackage pallet = new AsnPackage(1, SSCC, "Pallet", new BigDecimal("12.5"),
                List.of(new AsnDraft.Content(1, new BigDecimal("1250"))));
        return new AsnView(UUID.randomUUID(), new TenantId(UUID.randomUUID()), "Acme Metals", "ASN-000123", 2, AsnStatus.SHIPPED,
                LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 18), "DHL Freight", "JD0001234", null, "Plant 2, Göteborg",
                List.of(line), List.of(pallet), "acme.anna", Instant.EPOCH, Instant.EPOCH, null, 0);
    }

    private static TenantSummary supplier(String name) {
        Address address = new Address("Industrivägen 4", "41705", "Göteborg", "SE");
        return new TenantSummary(new TenantId(UUID.randomUUID()), "acme-metals", name, true, List.of("SUP-1001"), Contact.NONE,
                ToleranceOverrides.NONE, 2, TenantSummary.SOURCE_SCREEN, null, address, ShippingRules.NONE, null, null, null,
                Instant.EPOCH, 0);
    }

    private static byte[] keep(String name, byte[] pdf) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "documents"));
        Files.write(folder.resolve(name + ".pdf"), pdf);
        return pdf;
    }

    private static String text(byte[] pdf) {
        return PdfDocuments.text(pdf);
    }

    /** The base font names of the fonts whose program is embedded (a TrueType font file), on any page. */
    private static List<String> embeddedFonts(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        List<String> names = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                if (PdfName.TYPE0.equals(font.getAsName(PdfName.SUBTYPE))) {
                    PdfDictionary descriptor = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
                    if (descriptor.get(PdfName.FONTFILE2) != null) {
                        names.add(font.getAsName(PdfName.BASEFONT).toString());
                    }
                }
            }
        }
        return names;
    }
}
