package app.rapport.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors. A cursor is the sort key of the last row of a page, e.g.
 * ("2026-11-26T10:00:00.123456Z", 42) for a newest-first list, base64url-encoded so that
 * clients treat it as a token. Keyset (not OFFSET) pagination keeps pages stable while rows
 * are inserted and makes page 50 as cheap as page 1.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    public static String encode(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(parts[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor of exactly {@code expectedParts} parts, or answers a 400 problem. */
    public static List<String> decode(String cursor, int expectedParts) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(raw.split(String.valueOf(SEPARATOR), -1));
            // a NUL never comes from a value we stored, and PostgreSQL refuses it in text (a 500)
            if (parts.size() != expectedParts || raw.indexOf('\u0000') >= 0) {
                throw invalid();
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    public static long decodeLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    public static java.time.Instant decodeInstant(String value) {
        try {
            return java.time.Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalidField("cursor", "is not a cursor this API returned");
    }
}
