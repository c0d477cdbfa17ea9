package app.rapport.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast instant writer gives exactly the formatter's text. */
class InstantTextTest {

    @Test
    void writesWhatTheFormatterWrites() {
        SplittableRandom random = new SplittableRandom(42);
        long[] edges = {0, 1, 59, 86_399, 86_400, 951_782_400 /* 2000-02-29 */, 1_798_761_599, 253_402_300_799L};
        for (long seconds : edges) {
            check(Instant.ofEpochSecond(seconds, 999_999_999));
            check(Instant.ofEpochSecond(seconds, 0));
        }
        for (int i = 0; i < 200_000; i++) {
            check(Instant.ofEpochSecond(random.nextLong(0, 253_402_300_800L), random.nextInt(1_000_000_000)));
        }
    }

    private static void check(Instant instant) {
        char[] out = new char[24];
        JsonBinding.writeInstant(instant.getEpochSecond(), instant.getNano(), out);
        assertEquals(JsonBinding.INSTANT.format(instant), new String(out), () -> "for " + instant.getEpochSecond());
    }
}
