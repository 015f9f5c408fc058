package org.supplierportal.b2b.transport.as2;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An MDN as it is posted to a partner's URL: its headers (AS2-From, AS2-To, Message-ID, the signed Content-Type …) and
 * its body. Kept in the message log as text, headers then a blank line then the body, so the admin sees exactly what
 * went out and a retry after a restart posts the same bytes again. The body is read as ISO-8859-1, which keeps every
 * byte as it was.
 */
record MdnPost(Map<String, String> headers, byte[] body) {

    /** Headers the HTTP client sets itself for each post; a copy from the MDN would clash with its own. */
    private static final Set<String> SET_BY_THE_CLIENT = Set.of("content-length", "connection", "transfer-encoding", "host",
            "expect", "upgrade");
    private static final String BLANK_LINE = "\r\n\r\n";

    MdnPost {
        Map<String, String> kept = new LinkedHashMap<>();
        // MIME headers may be folded over lines (a long Content-Type); HTTP wants each on one
        headers.forEach((name, value) -> {
            if (!SET_BY_THE_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                kept.put(name, value.replaceAll("\\r?\\n[ \\t]*", " ").strip());
            }
        });
        headers = Map.copyOf(kept);
        body = body.clone();
    }

    String raw() {
        StringBuilder text = new StringBuilder();
        headers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(header -> text.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n"));
        return text.append("\r\n").append(new String(body, StandardCharsets.ISO_8859_1)).toString();
    }

    /** @throws IllegalArgumentException when the text is not one {@link #raw()} wrote */
    static MdnPost fromRaw(String raw) {
        int end = raw.startsWith("\r\n") ? 0 : raw.indexOf(BLANK_LINE);
        if (end < 0) {
            throw new IllegalArgumentException("the stored MDN has no blank line between its headers and its body");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String head = raw.substring(0, end);
        for (String line : head.isEmpty() ? new String[0] : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("the stored MDN has a header line without a name: " + line);
            }
            headers.put(line.substring(0, colon), line.substring(colon + 1).strip());
        }
        int bodyStart = end == 0 ? 2 : end + BLANK_LINE.length();
        return new MdnPost(headers, raw.substring(bodyStart).getBytes(StandardCharsets.ISO_8859_1));
    }
}
