package org.supplierportal.api.v1;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The {@code after} cursor of a list: where the previous page ended (the sort value and id of its last item), opaque
 * to the caller. Pure. A cursor of another list, or a made-up one, is refused as a bad parameter.
 *
 * @param list  which list it belongs to ("orders", "asns", ...)
 * @param value the last item's sort value, as text
 * @param id    the last item's tie-breaker (id or number)
 */
record ApiCursor(String list, String value, String id) {

    private static final String SEPARATOR = "|";

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, List.of("v1", list, value, id)).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor for this list, or null for none; refuses one that this list did not give out. */
    static ApiCursor decode(String text, String list) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        String[] parts = decoded.split("\\|", -1);
        if (parts.length != 4 || !parts[0].equals("v1") || !parts[1].equals(list) || parts[2].isEmpty() || parts[3].isEmpty()) {
            throw invalid();
        }
        return new ApiCursor(parts[1], parts[2], parts[3]);
    }

    static ApiParameters.InvalidParameterException invalid() {
        return new ApiParameters.InvalidParameterException("after",
                "Not a cursor of this list: pass the 'after' value of the previous page's next link as it is.");
    }
}
