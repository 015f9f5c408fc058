package org.supplierportal.quality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Which files may be attached: PDF, images (PNG, JPEG, GIF) and spreadsheets (XLSX, XLS, ODS, CSV) up to a size.
 * The type is told from the content, not trusted from the name or the browser, and must agree with the name's
 * extension. Pure.
 */
public final class AttachmentRules {

    /** What the check found: the content type to store and serve, or the problem in the user's words. */
    public record Check(String contentType, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    static final String ALLOWED = "PDF, PNG, JPEG, GIF, XLSX, XLS, ODS or CSV";

    private AttachmentRules() {
    }

    public static Check check(String fileName, byte[] content, long maxBytes) {
        if (fileName == null || fileName.isBlank()) {
            return refused("The file has no name.");
        }
        if (content == null || content.length == 0) {
            return refused(fileName + " is empty.");
        }
        if (content.length > maxBytes) {
            return refused(fileName + " is " + megabytes(content.length) + "; files can be up to " + megabytes(maxBytes) + ".");
        }
        String extension = extension(fileName);
        String type = switch (extension) {
            case "pdf" -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII)) ? "application/pdf" : null;
            case "png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}) ? "image/png" : null;
            case "jpg", "jpeg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}) ? "image/jpeg" : null;
            case "gif" -> startsWith(content, "GIF8".getBytes(StandardCharsets.US_ASCII)) ? "image/gif" : null;
            case "xls" -> startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                    (byte) 0xB1, 0x1A, (byte) 0xE1}) ? "application/vnd.ms-excel" : null;
            case "xlsx" -> zipHolds(content, "xl/") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : null;
            case "ods" -> zipHolds(content, "content.xml") && new String(content, 0, Math.min(content.length, 200),
                    StandardCharsets.ISO_8859_1).contains("opendocument.spreadsheet")
                    ? "application/vnd.oasis.opendocument.spreadsheet" : null;
            case "csv" -> isText(content) ? "text/csv" : null;
            default -> "";
        };
        if ("".equals(type)) {
            return refused(fileName + " cannot be attached: only " + ALLOWED + " files are accepted.");
        }
        if (type == null) {
            return refused(fileName + " is not a real " + extension.toUpperCase(Locale.ROOT)
                    + " file (its content says otherwise). Save it again as " + extension.toUpperCase(Locale.ROOT) + ".");
        }
        return new Check(type, null);
    }

    /** The name without any folder a browser may send, and without characters that break a download header. */
    public static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    private static boolean zipHolds(byte[] content, String entryPrefix) {
        if (!startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().startsWith(entryPrefix)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            // Excel on Windows still saves CSV in the ANSI code page; Latin-1 text without control bytes is fine too.
            return new String(content, StandardCharsets.ISO_8859_1).chars()
                    .allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t');
        }
    }

    private static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " KB" : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static Check refused(String problem) {
        return new Check(null, problem);
    }
}
