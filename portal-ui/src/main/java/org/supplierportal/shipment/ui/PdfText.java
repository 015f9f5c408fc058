package org.supplierportal.shipment.ui;

import java.awt.Color;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.i18n.I18NProvider;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.supplierportal.shipment.AsnLineView;
import org.supplierportal.shipment.AsnPackage;
import org.supplierportal.shipment.AsnView;
import org.supplierportal.shipment.ui.DocumentFonts.Style;

/**
 * The words, formats and fonts the packing slip and the labels share, in the reader's language: texts from the
 * translation bundles, dates and numbers in the reader's locale, every character in a font that has it.
 */
record PdfText(I18NProvider translations, Locale locale, DocumentFonts fonts) {

    String translate(String key, Object... values) {
        return translations.getTranslation(key, locale, values);
    }

    Paragraph paragraph(String text, Style style) {
        return new Paragraph(fonts.phrase(text, style));
    }

    /** "SC-0008 × 100 pcs (PO 4500015980/10, lot L-1)" for each line a package holds. */
    String contents(AsnView asn, AsnPackage pack) {
        return pack.contents().stream().map(content -> {
            AsnLineView line = asn.lines().get(content.line() - 1);
            String quantity = quantity(content.quantity(), line.unit());
            String orderLine = String.valueOf(line.orderLineNumber());
            return line.lot() == null
                    ? translate("pdf.holds", line.partNumber(), quantity, line.orderNumber(), orderLine)
                    : translate("pdf.holdsLot", line.partNumber(), quantity, line.orderNumber(), orderLine, line.lot());
        }).collect(Collectors.joining("; "));
    }

    /** A borderless cell with a small label over its text. */
    PdfPCell block(String label, String text) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.addElement(paragraph(label, Style.LABEL));
        cell.addElement(paragraph(text, Style.TEXT));
        return cell;
    }

    PdfPCell cell(String text) {
        return new PdfPCell(fonts.phrase(text, Style.TEXT));
    }

    /** A table's header cell. */
    PdfPCell header(String text) {
        PdfPCell cell = new PdfPCell(fonts.phrase(text, Style.BOLD));
        cell.setBackgroundColor(new Color(235, 240, 246));
        return cell;
    }

    String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    String quantity(BigDecimal quantity, String unit) {
        return number(quantity) + (unit == null ? "" : " " + unit);
    }

    String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    /** A package type the portal offers in the reader's words; one typed in by hand as written. */
    String packageType(String type) {
        return type == null ? "" : PackageRow.TYPES.contains(type) ? translate("asn.packageType." + type) : type;
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
