package org.supplierportal.shipment.ui;

import static org.supplierportal.shipment.ui.PdfText.nonNull;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.Barcode;
import org.openpdf.text.pdf.Barcode128;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.supplierportal.shipment.AsnLineView;
import org.supplierportal.shipment.AsnPackage;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.shipment.ui.DocumentFonts.Style;
import org.supplierportal.tenant.Address;
import org.supplierportal.tenant.TenantSummary;

/**
 * An ASN's paper: the packing slip that travels with the goods, and one GS1-128 logistic label per package (A6, the
 * SSCC as barcode under application identifier 00, and in human-readable form), both as PDF through OpenPDF, worded
 * in the language of the person who prints them. The barcodes and SSCCs are the same in every language.
 */
final class ShippingDocuments {

    private ShippingDocuments() {
    }

    static byte[] packingSlip(AsnView asn, TenantSummary supplier, PdfText text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(text.translate("pdf.packingSlip.documentTitle", asn.number()));
        document.open();
        document.add(text.paragraph(text.translate("pdf.packingSlip.title"), Style.TITLE));
        document.add(text.paragraph(asn.asnVersion() > 1
                ? text.translate("pdf.asnVersion", asn.number(), String.valueOf(asn.asnVersion()))
                : text.translate("pdf.asn", asn.number()), Style.BIG));
        document.add(parties(asn, supplier, text));
        document.add(lines(asn, text));
        if (!asn.packages().isEmpty()) {
            document.add(text.paragraph(" ", Style.TEXT));
            document.add(text.paragraph(text.translate("pdf.packages"), Style.BIG));
            document.add(packages(asn, text));
        }
        document.close();
        return out.toByteArray();
    }

    /** One A6 label per package: GS1 logistic label with the SSCC barcode. */
    static byte[] labels(AsnView asn, TenantSummary supplier, PdfText text) {
        if (asn.packages().isEmpty()) {
            throw new IllegalArgumentException("ASN " + asn.number() + " has no packages to label");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6, 18, 18, 18, 18);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text.translate("pdf.labels.documentTitle", asn.number()));
        document.open();
        for (AsnPackage pack : asn.packages()) {
            document.add(text.paragraph(text.translate("pdf.from"), Style.LABEL));
            document.add(text.paragraph(supplier.name(), Style.BOLD));
            document.add(text.paragraph(text.translate("pdf.to"), Style.LABEL));
            document.add(text.paragraph(nonNull(asn.shipTo()), Style.TEXT));
            document.add(text.paragraph(text.translate("pdf.label.asnAndOrders", asn.number(), String.join(", ", asn.orderNumbers())), Style.TEXT));
            document.add(text.paragraph(text.contents(asn, pack), Style.TEXT));
            document.add(text.paragraph(text.translate("pdf.label.package", pack.number(), asn.packages().size())
                    + (pack.type() == null ? "" : " · " + text.packageType(pack.type()))
                    + (pack.grossWeightKg() == null ? "" : " · " + text.number(pack.grossWeightKg()) + " kg"), Style.TEXT));
            document.add(text.paragraph("SSCC", Style.LABEL));
            document.add(text.paragraph(humanReadable(pack.sscc()), Style.BIG));
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

    private static PdfPTable parties(AsnView asn, TenantSummary supplier, PdfText text) {
        PdfPTable parties = new PdfPTable(2);
        parties.setWidthPercentage(100);
        parties.setSpacingBefore(12);
        parties.addCell(text.block(text.translate("pdf.from"), supplier.name() + "\n" + address(supplier.shipping().shipFrom().isEmpty()
                ? supplier.address() : supplier.shipping().shipFrom(), text.locale())));
        parties.addCell(text.block(text.translate("pdf.shipTo"), nonNull(asn.shipTo())));
        parties.addCell(text.block(text.translate("pdf.shipped"), text.date(asn.shipDate()) + "\n"
                + text.translate("pdf.expectedArrival", text.date(asn.expectedArrival()))));
        parties.addCell(text.block(text.translate("pdf.carrier"), nonNull(asn.carrier())
                + (asn.trackingNumber() == null ? "" : "\n" + text.translate("pdf.tracking", asn.trackingNumber()))
                + (asn.billOfLading() == null ? "" : "\n" + text.translate("pdf.billOfLading", asn.billOfLading()))));
        return parties;
    }

    private static PdfPTable lines(AsnView asn, PdfText text) {
        PdfPTable lines = new PdfPTable(new float[] {0.5f, 1.4f, 0.6f, 1.4f, 3f, 1.2f, 1.6f});
        lines.setWidthPercentage(100);
        lines.setSpacingBefore(16);
        lines.setHeaderRows(1);
        Stream.of("number", "po", "line", "part", "description", "quantity", "lot")
                .forEach(column -> lines.addCell(text.header(text.translate("pdf.lines." + column))));
        for (AsnLineView line : asn.lines()) {
            lines.addCell(text.cell(String.valueOf(line.lineNo())));
            lines.addCell(text.cell(line.orderNumber()));
            lines.addCell(text.cell(String.valueOf(line.orderLineNumber())));
            lines.addCell(text.cell(line.partNumber()));
            lines.addCell(text.cell(nonNull(line.description())));
            PdfPCell quantity = text.cell(text.quantity(line.quantity(), line.unit()));
            quantity.setHorizontalAlignment(Element.ALIGN_RIGHT);
            lines.addCell(quantity);
            lines.addCell(text.cell(nonNull(line.lot()) + (line.serials().isEmpty() ? "" : (line.lot() == null ? "" : "\n")
                    + text.translate("pdf.serials", String.join(", ", line.serials())))));
        }
        return lines;
    }

    private static PdfPTable packages(AsnView asn, PdfText text) {
        PdfPTable packages = new PdfPTable(new float[] {0.6f, 3f, 1.2f, 1.2f, 4f});
        packages.setWidthPercentage(100);
        packages.setSpacingBefore(6);
        Stream.of("number", "sscc", "type", "grossWeight", "holds")
                .forEach(column -> packages.addCell(text.header(text.translate("pdf.packages." + column))));
        for (AsnPackage pack : asn.packages()) {
            packages.addCell(text.cell(String.valueOf(pack.number())));
            packages.addCell(text.cell(humanReadable(pack.sscc())));
            packages.addCell(text.cell(text.packageType(pack.type())));
            packages.addCell(text.cell(pack.grossWeightKg() == null ? "" : text.number(pack.grossWeightKg())));
            packages.addCell(text.cell(text.contents(asn, pack)));
        }
        return packages;
    }

    private static String address(Address address, Locale locale) {
        return Stream.of(address.street(),
                        String.join(" ", Stream.of(address.postalCode(), address.city()).filter(Objects::nonNull).toList()),
                        address.countryCode() == null ? null : Locale.of("", address.countryCode()).getDisplayCountry(locale))
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining("\n"));
    }
}
