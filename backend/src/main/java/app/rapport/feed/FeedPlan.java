package app.rapport.feed;

/**
 * The two ways of reading a feed page, picked per request from the size of the author set.
 * Measured on 100k members / 2M posts (PostgreSQL 15):
 * <ul>
 *   <li>{@link #PER_AUTHOR}: for each author, a LATERAL top-N on (author_id, created_at DESC, id DESC),
 *       then a merge. Cost grows with the number of authors: ~0.6 ms for 55, ~400 ms for 30,000.</li>
 *   <li>{@link #NEWEST_FIRST}: one walk of the global (created_at DESC, id DESC) index, keeping rows
 *       whose author is in the set (a primary-key probe each). Cost grows with 1/selectivity:
 *       ~0.6 ms for 30,000 authors, 70–100 ms for 55.</li>
 * </ul>
 * Both return the same rows in the same order; only the cost differs.
 */
public enum FeedPlan {
    PER_AUTHOR, NEWEST_FIRST;

    static FeedPlan forAuthorCount(long authors, int threshold) {
        return authors > threshold ? NEWEST_FIRST : PER_AUTHOR;
    }
}
