package app.rapport.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Quotas as written in configuration, and the client addresses buckets are keyed by. */
class RateLimitKeysTest {

    @Test
    void quota_parsesRequestsPerWindow() {
        assertEquals(new Quota(120, Duration.ofMinutes(1)), Quota.parse("120/1m"));
        assertEquals(new Quota(5, Duration.ofHours(1)), Quota.parse(" 5 / 1h "));
        assertEquals(new Quota(30, Duration.ofSeconds(90)), Quota.parse("30/PT1M30S"));
        assertEquals("10 per minute", Quota.parse("10/60s").describe());
    }

    @Test
    void quota_refusesWhatIsNotAQuota() {
        assertThrows(IllegalArgumentException.class, () -> Quota.parse("120"));
        assertThrows(IllegalArgumentException.class, () -> Quota.parse("0/1m"));
        assertThrows(IllegalArgumentException.class, () -> Quota.parse("10/0s"));
        assertThrows(IllegalArgumentException.class, () -> Quota.parse("ten/1m"));
    }

    @Test
    void clientKey_isTheIpv4Address_orTheIpv6Slash64() {
        assertEquals("203.0.113.7", RateLimitFilter.clientKey("203.0.113.7"));
        assertEquals("203.0.113.7", RateLimitFilter.clientKey("::ffff:203.0.113.7"));
        assertEquals("2001:db8:85a3:1::/64", RateLimitFilter.clientKey("2001:db8:85a3:1:8a2e:370:7334:1"));
        assertEquals("2001:db8:85a3:1::/64", RateLimitFilter.clientKey("2001:0db8:85a3:0001::ffff"));
    }

    @Test
    void clientKey_neverLooksUpANameInDns() {
        assertEquals("unknown", RateLimitFilter.clientKey("_hidden"));
        assertEquals("unknown", RateLimitFilter.clientKey("example.com"));
        assertEquals("unknown", RateLimitFilter.clientKey("999.1.1.1"));
        assertEquals("unknown", RateLimitFilter.clientKey(null));
    }
}
