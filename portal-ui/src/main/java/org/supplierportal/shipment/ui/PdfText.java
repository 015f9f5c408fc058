package org.supplierportal.shipment.ui;

import java.awt.Color;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.stream.Collectors;

import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.supplierportal.shipment.AsnLineView;
import org.supplierportal.shipment.AsnPackage;
import org.supplierportal.shipment.AsnView;

/** The fonts, cells and wordings the packing slip and the labels share. */
final class PdfText {

    static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    static final Font LABEL = new Font(Font.HELVETICA, 7, Font.NORMAL, Color.DARK_GRAY);
    static final Font TEXT = new Font(Font.HELVETICA, 9);
    static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    static final Font BIG = new Font(Font.HELVETICA, 12, Font.BOLD);

    private PdfText() {
    }

    /** "SC-0008 × 100 pcs (PO 4500015980/10, lot L-1)" for each line a package holds. */
    static String contents(AsnView asn, AsnPackage pack, Locale locale) {
        return pack.contents().stream().map(content -> {
            AsnLineView line = asn.lines().get(content.line() - 1);
            return line.partNumber() + " × " + quantity(content.quantity(), line.unit(), locale) + " (PO " + line.orderNumber()
                    + "/" + line.orderLineNumber() + (line.lot() == null ? "" : ", lot " + line.lot()) + ")";
        }).collect(Collectors.joining("; "));
    }

    /** A borderless cell with a small label over its text. */
    static PdfPCell block(String label, String text) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.addElement(new Paragraph(label, LABEL));
        cell.addElement(new Paragraph(text, TEXT));
        return cell;
    }

    static PdfPCell cell(String text) {
        return new PdfPCell(new Phrase(text, TEXT));
    }

    /** A table's header cell. */
    static PdfPCell header(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, BOLD));
        cell.setBackgroundColor(new Color(235, 240, 246));
        return cell;
    }

    static String quantity(BigDecimal quantity, String unit, Locale locale) {
        return number(quantity, locale) + (unit == null ? "" : " " + unit);
    }

    static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
