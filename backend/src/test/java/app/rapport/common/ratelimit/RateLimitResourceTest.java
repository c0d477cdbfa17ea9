package app.rapport.common.ratelimit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The limits themselves, met on purpose. This class runs with the default log-in and sign-up
 * quotas and small reads/writes ones, all over an hour ({@link Limits}), behind a "trusted proxy"
 * so that each test speaks from its own client addresses (X-Forwarded-For) and never meets the
 * limits of another test.
 */
@QuarkusTest
@TestProfile(RateLimitResourceTest.Limits.class)
class RateLimitResourceTest {

    /** The default quotas for log-in and sign-up, small ones for the rest; the client IP comes from X-Forwarded-For. */
    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // windows of an hour: a slow test must not see tokens come back while it counts them
            Map<String, String> limits = Map.of(
                    "reads", "20/1h", "writes", "10/1h", "token-reads", "8/1h", "token-writes", "5/1h",
                    "log-in-per-email", "10/1h", "policies.log-in", "30/1h", "policies.sign-up", "5/1h",
                    "policies.invitations", "3/1h", "policies.invitation-previews", "4/1h");
            Map<String, String> config = new HashMap<>();
            // the %test values in application.properties win over plain ones: override both
            limits.forEach((key, quota) -> {
                config.put("rapport.rate-limits." + key, quota);
                config.put("%test.rapport.rate-limits." + key, quota);
            });
            config.put("quarkus.http.proxy.proxy-address-forwarding", "true");
            config.put("quarkus.http.proxy.allow-x-forwarded", "true");
            config.put("quarkus.http.proxy.trusted-proxies", "127.0.0.1,::1");
            return config;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NOTE =
            "Hi, we met at the Berlin payments meetup last week and talked about ledger design. Let's stay in touch!";

    /** A client address no other test uses (10.x.y.z; random, so re-runs on the same database do not meet old buckets). */
    private static String newAddress() {
        return "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
    }

    private static RequestSpecification from(String address) {
        return Api.anonymous().header("X-Forwarded-For", address);
    }

    /** Signs a member up from an address of their own (the sign-up limit is per address). */
    private static TestMember member() {
        String handle = "r_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String email = handle + "@example.test";
        Response r = from(newAddress())
                .body(Map.of("email", email, "password", TestMember.PASSWORD, "handle", handle, "displayName", "Limited"))
                .post("/api/accounts");
        r.then().statusCode(201);
        return new TestMember(r.jsonPath().getLong("member.id"), handle, email, "Limited", r.jsonPath().getString("accessToken"));
    }

    private static Response logIn(String address, String email, String password) {
        return from(address).body(Map.of("email", email, "password", password)).post("/api/tokens");
    }

    private static void assertLimited(Response r, String policy) {
        r.then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("RATE_LIMITED"))
                .body("status", equalTo(429))
                .body("detail", containsString("'" + policy + "'"))
                .body("detail", matchesPattern(".*Try again in \\d+ seconds?\\..*"))
                .header("Retry-After", matchesPattern("[1-9]\\d*"))
                .header("RateLimit-Policy", containsString("\"" + policy + "\";q="))
                .header("RateLimit", containsString("\"" + policy + "\";r=0;t="));
    }

    private static Response post(TestMember m, String text) {
        return Api.as(m).body(Map.of("text", text)).post("/api/posts");
    }

    @Test
    void logIn_tenWrongPasswordsForOneAccount_refusesTheEleventh_evenTheRightOne_fromAnyAddress() {
        TestMember m = member();
        for (int i = 0; i < 10; i++) {
            logIn(newAddress(), m.email(), "wrong-password-" + i).then().statusCode(401)
                    .header("RateLimit", containsString("\"log-in-email\";r=" + (9 - i) + ";"));
        }
        Response refused = logIn(newAddress(), m.email(), TestMember.PASSWORD);
        assertLimited(refused, "log-in-email");
        assertEquals("10", refused.header("RateLimit-Policy").replaceAll(".*\"log-in-email\";q=(\\d+);w=3600.*", "$1"));
        // the same email in other letter case or with spaces is the same account
        assertLimited(logIn(newAddress(), "  " + m.email().toUpperCase() + " ", TestMember.PASSWORD), "log-in-email");
        // another account is not affected
        TestMember other = member();
        logIn(newAddress(), other.email(), TestMember.PASSWORD).then().statusCode(200);
    }

    @Test
    void logIn_thirtyAttemptsFromOneAddress_refusesTheNext_evenForAnotherAccountWithTheRightPassword() {
        String attacker = newAddress();
        for (int i = 0; i < 30; i++) {
            logIn(attacker, "victim" + i + "-" + UUID.randomUUID() + "@example.test", "guess").then().statusCode(401);
        }
        TestMember m = member();
        assertLimited(logIn(attacker, m.email(), TestMember.PASSWORD), "log-in");
        logIn(newAddress(), m.email(), TestMember.PASSWORD).then().statusCode(200)
                .header("RateLimit-Policy", equalTo("\"log-in\";q=30;w=3600, \"log-in-email\";q=10;w=3600"));
    }

    @Test
    void signUp_fiveAnHourFromOneAddress() {
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            String handle = "s_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
            from(address).body(Map.of("email", handle + "@example.test", "password", TestMember.PASSWORD,
                    "handle", handle, "displayName", "Signs Up")).post("/api/accounts").then().statusCode(201)
                    .header("RateLimit", startsWithRemaining("sign-up", 4 - i));
        }
        String handle = "s_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        Response refused = from(address).body(Map.of("email", handle + "@example.test", "password", TestMember.PASSWORD,
                "handle", handle, "displayName", "Signs Up")).post("/api/accounts");
        assertLimited(refused, "sign-up");
        // one token comes back every 12 minutes
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertEquals(true, retryAfter > 700 && retryAfter <= 720, "Retry-After " + retryAfter);
        assertEquals(0, Sql.count("SELECT count(*) FROM members WHERE handle = ?", handle));
    }

    @Test
    void writes_tenAMinutePerMember_readsAndOtherMembersUnaffected() {
        TestMember m = member();
        for (int i = 0; i < 10; i++) {
            post(m, "Post " + i).then().statusCode(201)
                    .header("RateLimit-Policy", equalTo("\"writes\";q=10;w=3600"))
                    .header("RateLimit", startsWithRemaining("writes", 9 - i));
        }
        Response refused = post(m, "One too many");
        assertLimited(refused, "writes");
        assertEquals(10, Sql.count("SELECT count(*) FROM posts WHERE author_id = ?", m.id()));
        Api.as(m).get("/api/me").then().statusCode(200).header("RateLimit-Policy", equalTo("\"reads\";q=20;w=3600"));
        post(member(), "Someone else").then().statusCode(201);
    }

    @Test
    void reads_perAccessToken_leaveTheMembersOwnSessionItsQuota() {
        TestMember m = member();
        String token = Api.as(m).body(Map.of("name", "Runaway script", "scopes", List.of("READ")))
                .post("/api/me/access-tokens").then().statusCode(201).extract().path("accessToken");
        for (int i = 0; i < 8; i++) {
            Api.anonymous().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"token-reads\";q=8;w=3600, \"reads\";q=20;w=3600"))
                    .header("RateLimit", startsWithRemaining("token-reads", 7 - i));
        }
        assertLimited(Api.anonymous().header("Authorization", "Bearer " + token).get("/api/me"), "token-reads");
        // the member's session still reads: 8 of its 20 were spent by the token
        // (the refused ninth took nothing from the member)
        Api.as(m).get("/api/me").then().statusCode(200).header("RateLimit", startsWithRemaining("reads", 11));
    }

    @Test
    void invitations_threeAnHour_whileOtherWritesGoOn() {
        TestMember ann = member();
        for (int i = 0; i < 3; i++) {
            TestMember to = member();
            Api.as(ann).body(Map.of("recipientId", to.id(), "note", NOTE))
                    .post("/api/invitations").then().statusCode(201)
                    .header("RateLimit-Policy", equalTo("\"invitations\";q=3;w=3600, \"writes\";q=10;w=3600"));
        }
        TestMember fourth = member();
        assertLimited(Api.as(ann).body(Map.of("recipientId", fourth.id(), "note", NOTE))
                .post("/api/invitations"), "invitations");
        assertEquals(0, Sql.count("SELECT count(*) FROM invitations WHERE sender_id = ? AND recipient_id = ?", ann.id(), fourth.id()));
        post(ann, "Still allowed to post").then().statusCode(201);
    }

    @Test
    void previews_fourAnHour() {
        TestMember ann = member();
        TestMember bob = member();
        for (int i = 0; i < 4; i++) {
            Api.as(ann).body(Map.of("recipientId", bob.id(), "note", "Draft " + i + " " + NOTE))
                    .post("/api/invitations/preview").then().statusCode(200);
        }
        assertLimited(Api.as(ann).body(Map.of("recipientId", bob.id(), "note", NOTE))
                .post("/api/invitations/preview"), "invitation-previews");
    }

    @Test
    void buckets_liveInPostgreSQL_underTheMember_andGoWithTheAccount() {
        TestMember m = member();
        for (int i = 0; i < 10; i++) {
            post(m, "Post " + i).then().statusCode(201);
        }
        assertLimited(post(m, "Refused"), "writes");
        String key = "writes/10/3600:m:" + m.id();
        assertEquals(1, Sql.count("SELECT count(*) FROM rate_limit_buckets WHERE id = ? AND member_id = ?"
                + " AND expires_at > extract(epoch FROM now()) * 1000", key, m.id()));
        // no copy is kept in the app: removing the row (as the cleaner does once a bucket is full) gives the quota back
        Sql.exec("DELETE FROM rate_limit_buckets WHERE id = ?", key);
        post(m, "Allowed again").then().statusCode(201).header("RateLimit", startsWithRemaining("writes", 9));
        // the member's buckets go with the account
        Sql.exec("DELETE FROM members WHERE id = ?", m.id());
        assertEquals(0, Sql.count("SELECT count(*) FROM rate_limit_buckets WHERE member_id = ?", m.id()));
    }

    private static org.hamcrest.Matcher<String> startsWithRemaining(String policy, int remaining) {
        return matchesPattern("(.*, )?\"" + policy + "\";r=" + remaining + ";t=\\d+(, .*)?");
    }
}
