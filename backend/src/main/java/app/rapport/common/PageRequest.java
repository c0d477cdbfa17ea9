package app.rapport.common;

/** A validated page size; the cursor itself is decoded by {@link Cursor}. */
public record PageRequest(String cursor, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** Parses the raw query parameters, answering a 400 problem naming the field at fault. */
    public static PageRequest of(String cursor, String limit) {
        int size = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                size = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField("limit", "must be a whole number between 1 and " + MAX_LIMIT);
            }
            if (size < 1 || size > MAX_LIMIT) {
                throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
            }
        }
        if (cursor != null && cursor.length() > 200) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API returned");
        }
        return new PageRequest(cursor == null || cursor.isBlank() ? null : cursor, size);
    }
}
