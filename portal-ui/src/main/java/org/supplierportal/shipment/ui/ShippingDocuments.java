package org.supplierportal.shipment.ui;

import static org.supplierportal.shipment.ui.PdfText.BIG;
import static org.supplierportal.shipment.ui.PdfText.BOLD;
import static org.supplierportal.shipment.ui.PdfText.LABEL;
import static org.supplierportal.shipment.ui.PdfText.TEXT;
import static org.supplierportal.shipment.ui.PdfText.TITLE;
import static org.supplierportal.shipment.ui.PdfText.block;
import static org.supplierportal.shipment.ui.PdfText.cell;
import static org.supplierportal.shipment.ui.PdfText.contents;
import static org.supplierportal.shipment.ui.PdfText.header;
import static org.supplierportal.shipment.ui.PdfText.nonNull;
import static org.supplierportal.shipment.ui.PdfText.number;
import static org.supplierportal.shipment.ui.PdfText.quantity;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.Barcode;
import org.openpdf.text.pdf.Barcode128;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.supplierportal.shipment.AsnLineView;
import org.supplierportal.shipment.AsnPackage;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.tenant.Address;
import org.supplierportal.tenant.TenantSummary;

/**
 * An ASN's paper: the packing slip that travels with the goods, and one GS1-128 logistic label per package (A6, the
 * SSCC as barcode under application identifier 00, and in human-readable form), both as PDF through OpenPDF.
 */
final class ShippingDocuments {

    private ShippingDocuments() {
    }

    static byte[] packingSlip(AsnView asn, TenantSummary supplier, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle("Packing slip " + asn.number());
        document.open();
        document.add(new Paragraph("Packing slip", TITLE));
        document.add(new Paragraph("ASN " + asn.number() + (asn.asnVersion() > 1 ? ", version " + asn.asnVersion() : ""), BIG));
        document.add(parties(asn, supplier, locale));
        document.add(lines(asn, locale));
        if (!asn.packages().isEmpty()) {
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Packages", BIG));
            document.add(packages(asn, locale));
        }
        document.close();
        return out.toByteArray();
    }

    /** One A6 label per package: GS1 logistic label with the SSCC barcode. */
    static byte[] labels(AsnView asn, TenantSummary supplier, Locale locale) {
        if (asn.packages().isEmpty()) {
            throw new IllegalArgumentException("ASN " + asn.number() + " has no packages to label");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6, 18, 18, 18, 18);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle("Shipping labels " + asn.number());
        document.open();
        for (AsnPackage pack : asn.packages()) {
            document.add(new Paragraph("From", LABEL));
            document.add(new Paragraph(supplier.name(), BOLD));
            document.add(new Paragraph("To", LABEL));
            document.add(new Paragraph(nonNull(asn.shipTo()), TEXT));
            document.add(new Paragraph("ASN " + asn.number() + " · PO " + String.join(", ", asn.orderNumbers()), TEXT));
            document.add(new Paragraph(contents(asn, pack, locale), TEXT));
            document.add(new Paragraph("Package " + pack.number() + " of " + asn.packages().size()
                    + (pack.type() == null ? "" : " · " + pack.type())
                    + (pack.grossWeightKg() == null ? "" : " · " + number(pack.grossWeightKg(), locale) + " kg"), TEXT));
            document.add(new Paragraph("SSCC", LABEL));
            document.add(new Paragraph(humanReadable(pack.sscc()), BIG));
            Barcode128 barcode = new Barcode128();
            barcode.setCodeType(Barcode.CODE128_UCC);
            barcode.setCode("(00)" + pack.sscc());
            barcode.setBarHeight(60);
            barcode.setX(1.1f);
            Image image = barcode.createImageWithBarcode(writer.getDirectContent(), Color.BLACK, Color.BLACK);
            image.setAlignment(Element.ALIGN_CENTER);
            image.scaleToFit(PageSize.A6.getWidth() - 36, 90);
            document.add(image);
            document.newPage();
        }
        document.close();
        return out.toByteArray();
    }

    /** The SSCC as printed under its barcode: the application identifier in brackets, then the 18 digits. */
    static String humanReadable(String sscc) {
        return "(00) " + sscc;
    }

    private static PdfPTable parties(AsnView asn, TenantSummary supplier, Locale locale) {
        PdfPTable parties = new PdfPTable(2);
        parties.setWidthPercentage(100);
        parties.setSpacingBefore(12);
        parties.addCell(block("From", supplier.name() + "\n" + address(supplier.shipping().shipFrom().isEmpty()
                ? supplier.address() : supplier.shipping().shipFrom())));
        parties.addCell(block("Ship to", asn.shipTo() == null ? "" : asn.shipTo()));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        parties.addCell(block("Shipped", dates.format(asn.shipDate()) + "\nExpected arrival " + dates.format(asn.expectedArrival())));
        parties.addCell(block("Carrier", nonNull(asn.carrier()) + (asn.trackingNumber() == null ? "" : "\nTracking " + asn.trackingNumber())
                + (asn.billOfLading() == null ? "" : "\nBill of lading " + asn.billOfLading())));
        return parties;
    }

    private static PdfPTable lines(AsnView asn, Locale locale) {
        PdfPTable lines = new PdfPTable(new float[] {0.5f, 1.4f, 0.6f, 1.4f, 3f, 1.2f, 1.6f});
        lines.setWidthPercentage(100);
        lines.setSpacingBefore(16);
        lines.setHeaderRows(1);
        List.of("#", "PO", "Line", "Part", "Description", "Quantity", "Lot / serials").forEach(text -> lines.addCell(header(text)));
        for (AsnLineView line : asn.lines()) {
            lines.addCell(cell(String.valueOf(line.lineNo())));
            lines.addCell(cell(line.orderNumber()));
            lines.addCell(cell(String.valueOf(line.orderLineNumber())));
            lines.addCell(cell(line.partNumber()));
            lines.addCell(cell(nonNull(line.description())));
            PdfPCell quantity = cell(quantity(line.quantity(), line.unit(), locale));
            quantity.setHorizontalAlignment(Element.ALIGN_RIGHT);
            lines.addCell(quantity);
            lines.addCell(cell(nonNull(line.lot()) + (line.serials().isEmpty() ? "" : (line.lot() == null ? "" : "\n")
                    + "S/N " + String.join(", ", line.serials()))));
        }
        return lines;
    }

    private static PdfPTable packages(AsnView asn, Locale locale) {
        PdfPTable packages = new PdfPTable(new float[] {0.6f, 3f, 1.2f, 1.2f, 4f});
        packages.setWidthPercentage(100);
        packages.setSpacingBefore(6);
        List.of("No.", "SSCC", "Type", "Gross kg", "Holds").forEach(text -> packages.addCell(header(text)));
        for (AsnPackage pack : asn.packages()) {
            packages.addCell(cell(String.valueOf(pack.number())));
            packages.addCell(cell(humanReadable(pack.sscc())));
            packages.addCell(cell(nonNull(pack.type())));
            packages.addCell(cell(pack.grossWeightKg() == null ? "" : number(pack.grossWeightKg(), locale)));
            packages.addCell(cell(contents(asn, pack, locale)));
        }
        return packages;
    }

    private static String address(Address address) {
        return Stream.of(address.street(),
                        String.join(" ", Stream.of(address.postalCode(), address.city()).filter(Objects::nonNull).toList()),
                        address.countryCode() == null ? null : Locale.of("", address.countryCode()).getDisplayCountry(Locale.ENGLISH))
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining("\n"));
    }
}
