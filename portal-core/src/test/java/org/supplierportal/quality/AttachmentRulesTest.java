package org.supplierportal.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    static final long MAX = 1024;
    static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

    @Test
    void pdfImagesAndSpreadsheetsAreTakenByTheirContent() throws IOException {
        assertThat(AttachmentRules.check("report.PDF", PDF, MAX).contentType()).isEqualTo("application/pdf");
        assertThat(AttachmentRules.check("photo.png", PNG, MAX).contentType()).isEqualTo("image/png");
        assertThat(AttachmentRules.check("photo.jpeg", JPEG, MAX).contentType()).isEqualTo("image/jpeg");
        assertThat(AttachmentRules.check("measures.xlsx", zip("xl/workbook.xml"), MAX).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(AttachmentRules.check("measures.csv", "part;value\nBR-1;3,2\n".getBytes(StandardCharsets.UTF_8), MAX)
                .contentType()).isEqualTo("text/csv");
        assertThat(AttachmentRules.check("mesures.csv", "pièce;valeur\n".getBytes(StandardCharsets.ISO_8859_1), MAX).ok()).isTrue();
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsRefused() throws IOException {
        assertThat(AttachmentRules.check("report.pdf", PNG, MAX).problem())
                .isEqualTo("report.pdf is not a real PDF file (its content says otherwise). Save it again as PDF.");
        assertThat(AttachmentRules.check("book.xlsx", zip("word/document.xml"), MAX).ok()).isFalse();
        assertThat(AttachmentRules.check("data.csv", new byte[] {'a', 0, 'b'}, MAX).ok()).isFalse();
    }

    @Test
    void otherTypesEmptyAndTooLargeFilesAreRefused() {
        assertThat(AttachmentRules.check("tool.exe", PDF, MAX).problem())
                .isEqualTo("tool.exe cannot be attached: only PDF, PNG, JPEG, GIF, XLSX, XLS, ODS or CSV files are accepted.");
        assertThat(AttachmentRules.check("empty.pdf", new byte[0], MAX).problem()).isEqualTo("empty.pdf is empty.");
        byte[] large = new byte[(int) MAX + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThat(AttachmentRules.check("large.pdf", large, MAX).problem()).isEqualTo("large.pdf is 2 KB; files can be up to 1 KB.");
    }

    @Test
    void namesLoseFoldersAndCharactersThatBreakADownload() {
        assertThat(AttachmentRules.cleanName("C:\\Users\\qa\\report \"final\".pdf")).isEqualTo("report final.pdf");
        assertThat(AttachmentRules.cleanName("../../etc/passwd")).isEqualTo("passwd");
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aRefusedFileIsSaidInTheReadersLanguage() {
        assertThat(AttachmentRules.check("report.pdf", PNG, MAX).translatable().in(Locale.GERMAN))
                .isEqualTo("report.pdf ist keine echte PDF-Datei (ihr Inhalt sagt etwas anderes). Speichern Sie sie erneut als PDF.");
        assertThat(AttachmentRules.check("tool.exe", PDF, MAX).translatable().in(Locale.of("es")))
                .isEqualTo("tool.exe no se puede adjuntar: solo se aceptan archivos PDF, PNG, JPEG, GIF, XLSX, XLS, ODS o CSV.");
        assertThat(AttachmentRules.check("empty.pdf", new byte[0], MAX).translatable().in(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("empty.pdf 是空文件。");
        byte[] large = new byte[2048];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        assertThat(AttachmentRules.check("large.pdf", large, MAX).translatable().in(Locale.FRENCH))
                .isEqualTo("large.pdf fait 2 Ko ; les fichiers peuvent faire jusqu’à 1 Ko.");
        byte[] fiveMegabytes = new byte[5 * 1024 * 1024 + 300 * 1024];
        System.arraycopy(PDF, 0, fiveMegabytes, 0, PDF.length);
        assertThat(AttachmentRules.check("scan.pdf", fiveMegabytes, 5 * 1024 * 1024).translatable().in(Locale.GERMAN))
                .isEqualTo("scan.pdf ist 5.3 MB groß; Dateien dürfen höchstens 5 MB groß sein.");
        assertThat(AttachmentRules.check("report.pdf", PDF, MAX).translatable()).isNull();
    }
}
