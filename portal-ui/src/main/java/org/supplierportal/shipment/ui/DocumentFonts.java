package org.supplierportal.shipment.ui;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The fonts of the portal's PDFs. Text Helvetica can write (Latin scripts) stays in Helvetica, which every reader has;
 * any other character, Chinese first of all, comes from a TrueType font with CJK glyphs, embedded as a subset so the
 * document reads the same everywhere. No such font resolves from Maven Central, so it is a file of the machine:
 * Debian's fonts-wqy-zenhei by default (GPL with a font embedding exception: embedding it does not put the PDF under
 * the GPL). It is read only when a document needs it, and a missing one fails the download with what to install
 * rather than printing empty boxes.
 */
@Component
class DocumentFonts {

    static final String DEFAULT_CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    private static final char NARROW_NO_BREAK_SPACE = '\u202F';
    private static final char FIGURE_SPACE = '\u2007';
    private static final char NO_BREAK_SPACE = '\u00A0';

    /** The sizes and weights of the documents' texts. */
    enum Style {
        TITLE(16, Font.BOLD, Color.BLACK),
        LABEL(7, Font.NORMAL, Color.DARK_GRAY),
        TEXT(9, Font.NORMAL, Color.BLACK),
        BOLD(9, Font.BOLD, Color.BLACK),
        BIG(12, Font.BOLD, Color.BLACK);

        private final float size;
        private final int weight;
        private final Color color;

        Style(float size, int weight, Color color) {
            this.size = size;
            this.weight = weight;
            this.color = color;
        }

        Font in(BaseFont regular, BaseFont bold) {
            return new Font(weight == Font.BOLD ? bold : regular, size, Font.NORMAL, color);
        }

        /** A CJK font has no bold face: OpenPDF draws its bold styles with a stroked outline instead. */
        Font in(BaseFont cjk) {
            return new Font(cjk, size, weight, color);
        }
    }

    private final BaseFont helvetica;
    private final BaseFont helveticaBold;
    private final Path cjkFontFile;
    private final Supplier<BaseFont> cjk;

    DocumentFonts(@Value("${portal.documents.cjk-font:" + DEFAULT_CJK_FONT + "}") Path cjkFontFile) {
        this.cjkFontFile = cjkFontFile;
        this.helvetica = standard(BaseFont.HELVETICA);
        this.helveticaBold = standard(BaseFont.HELVETICA_BOLD);
        this.cjk = SingletonSupplier.of(this::loadCjk);
    }

    /**
     * The text in the style, each character in the first of Helvetica and the CJK font that has it. The narrow spaces
     * French and other languages group digits with ("1 250") are Helvetica's no-break space: Helvetica has no narrow
     * one, and taking it from the CJK font set the number lower than its row and made a French slip need that font.
     */
    Phrase phrase(String text, Style style) {
        String written = text == null ? "" : text.replace(NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE)
                .replace(FIGURE_SPACE, NO_BREAK_SPACE);
        if (written.codePoints().allMatch(helvetica::charExists)) {
            return new Phrase(written, style.in(helvetica, helveticaBold));
        }
        FontSelector selector = new FontSelector();
        selector.addFont(style.in(helvetica, helveticaBold));
        selector.addFont(style.in(cjk.get()));
        return selector.process(written);
    }

    private BaseFont loadCjk() {
        if (!Files.isRegularFile(cjkFontFile)) {
            throw new IllegalStateException("This PDF has Chinese (or other non-Latin) characters, and the font for them, "
                    + cjkFontFile + ", is missing: install the Debian package fonts-wqy-zenhei, or set"
                    + " PORTAL_DOCUMENTS_CJK_FONT to a TrueType font file (.ttf or .ttc) with CJK glyphs that may be embedded");
        }
        String name = cjkFontFile.toString();
        // A TrueType collection holds several faces: OpenPDF takes the one named by its index.
        String face = name.toLowerCase().endsWith(".ttc") ? name + ",0" : name;
        try {
            return BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The font " + cjkFontFile + " (PORTAL_DOCUMENTS_CJK_FONT) cannot be embedded"
                    + " in a PDF: " + e.getMessage(), e);
        }
    }

    private static BaseFont standard(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("OpenPDF's built-in font " + name + " is missing", e);
        }
    }
}
