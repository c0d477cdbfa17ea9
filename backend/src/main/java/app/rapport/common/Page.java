package app.rapport.common;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items and, unless this is the last page, the cursor of the next. */
public record Page<T>(List<T> items, String nextCursor) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }

    /**
     * Cuts a "limit + 1" query result into a page: the extra row only tells that a next page
     * exists, and the cursor is made from the last row kept.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, int limit, Function<T, String> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> kept = rows.subList(0, limit);
        return new Page<>(List.copyOf(kept), cursorOf.apply(kept.get(limit - 1)));
    }
}
