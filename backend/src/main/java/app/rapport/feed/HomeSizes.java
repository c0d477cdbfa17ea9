package app.rapport.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * The sizes of members' home author sets (followed, connections; capped), remembered for a
 * minute. They only pick each stream's plan (see {@link FeedPlan}), and both plans return the
 * same rows, so a size a minute old costs at most a slower plan for that minute, never a wrong
 * page; a member reading page after page no longer pays a statement per page for them. A
 * member without connections is never remembered: the home feed skips the liked-by stream for
 * them, so that zero must be current (a first connection shows its likes on the next page). Per
 * instance and bounded: when full, entries past their minute are dropped, and if that frees
 * nothing it starts over.
 */
@ApplicationScoped
public class HomeSizes {

    static final long KEEP_MILLIS = 60_000;
    static final int MAX_ENTRIES = 100_000;

    private record Sizes(long[] sizes, long atMillis) { }

    private final ConcurrentHashMap<Long, Sizes> known = new ConcurrentHashMap<>();
    private final Clock clock;

    public HomeSizes() {
        this(Clock.systemUTC());
    }

    HomeSizes(Clock clock) {
        this.clock = clock;
    }

    /** [followed, connections] of {@code member}, from memory when counted less than a minute ago. */
    public long[] of(long member, LongFunction<long[]> count) {
        long now = clock.millis();
        Sizes hit = known.get(member);
        if (hit != null && now - hit.atMillis() < KEEP_MILLIS) {
            return hit.sizes();
        }
        long[] counted = count.apply(member);
        if (counted[1] == 0) {
            return counted;
        }
        if (known.size() >= MAX_ENTRIES) {
            known.values().removeIf(s -> now - s.atMillis() >= KEEP_MILLIS);
            if (known.size() >= MAX_ENTRIES) {
                known.clear();
            }
        }
        known.put(member, new Sizes(counted, now));
        return counted;
    }
}
