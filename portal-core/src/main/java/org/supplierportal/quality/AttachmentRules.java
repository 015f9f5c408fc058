package org.supplierportal.quality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.supplierportal.tolerance.Explanation;

/**
 * Which files may be attached: PDF, images (PNG, JPEG, GIF) and spreadsheets (XLSX, XLS, ODS, CSV) up to a size.
 * The type is told from the content, not trusted from the name or the browser, and must agree with the name's
 * extension. Pure.
 */
public final class AttachmentRules {

    /**
     * What the check found: the content type to store and serve, or the problem in English (the API's words) and as
     * a key of the rules bundle (for a screen in the reader's language).
     */
    public record Check(String contentType, String problem, Explanation translatable) {
        public boolean ok() {
            return problem == null;
        }
    }

    private AttachmentRules() {
    }

    public static Check check(String fileName, byte[] content, long maxBytes) {
        if (fileName == null || fileName.isBlank()) {
            return refused("quality.file.noName");
        }
        if (content == null || content.length == 0) {
            return refused("quality.file.empty", fileName);
        }
        if (content.length > maxBytes) {
            return refused("quality.file.tooLarge", fileName, size(content.length), size(maxBytes));
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
            return refused("quality.file.type", fileName);
        }
        if (type == null) {
            return refused("quality.file.notReal", fileName, extension.toUpperCase(Locale.ROOT));
        }
        return new Check(type, null, null);
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

    /** A size in KB (rounded up) or in MB with one decimal, the decimal written the reader's way. */
    private static Explanation size(long bytes) {
        return bytes < 1024 * 1024 ? Explanation.of("quality.file.kilobytes", (bytes + 1023) / 1024)
                : Explanation.of("quality.file.megabytes", BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP));
    }

    private static Check refused(String key, Object... arguments) {
        Explanation problem = Explanation.of(key, arguments);
        return new Check(null, problem.english(), problem);
    }
}
