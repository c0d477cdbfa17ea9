package app.rapport.common.replica;

/** PostgreSQL WAL positions ({@code pg_lsn}, written "16/B374D848") as comparable longs. */
public final class Lsn {

    private Lsn() {
    }

    /** The position as a long; null or an empty text (no position yet) is 0, the start of the WAL. */
    public static long parse(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int slash = text.indexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("Not a WAL position: " + text);
        }
        return (Long.parseUnsignedLong(text.substring(0, slash), 16) << 32)
               | Long.parseUnsignedLong(text.substring(slash + 1), 16);
    }

    public static String format(long lsn) {
        return Long.toHexString(lsn >>> 32).toUpperCase() + "/" + Long.toHexString(lsn & 0xFFFFFFFFL).toUpperCase();
    }
}
