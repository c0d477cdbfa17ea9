package app.rapport.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HomeSizesTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
        Instant now = Instant.parse("2026-12-03T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void sizesAreCountedOnceAMinute_perMember() {
        Hand clock = new Hand();
        HomeSizes sizes = new HomeSizes(clock);
        AtomicInteger counts = new AtomicInteger();
        long[] counted = {55, 7};
        assertArrayEquals(counted, sizes.of(1, m -> { counts.incrementAndGet(); return counted; }));
        assertArrayEquals(counted, sizes.of(1, m -> { counts.incrementAndGet(); return new long[] {0, 0}; }));
        assertEquals(1, counts.get(), "the same member within the minute: no second count");
        sizes.of(2, m -> { counts.incrementAndGet(); return counted; });
        assertEquals(2, counts.get(), "another member is counted");
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertArrayEquals(new long[] {56, 8}, sizes.of(1, m -> { counts.incrementAndGet(); return new long[] {56, 8}; }));
        assertEquals(3, counts.get(), "a minute on, counted again");
    }

    @Test
    void aMemberWithoutConnections_isCountedEveryTime() {
        HomeSizes sizes = new HomeSizes(new Hand());
        AtomicInteger counts = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            sizes.of(1, m -> { counts.incrementAndGet(); return new long[] {10, 0}; });
        }
        assertEquals(3, counts.get(), "a first connection must show its likes on the next page");
    }
}
