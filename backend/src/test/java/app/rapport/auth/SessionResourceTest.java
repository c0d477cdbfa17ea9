package app.rapport.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionResourceTest {

    static String logIn(TestMember m, String password, String userAgent) {
        return Api.anonymous().header("User-Agent", userAgent)
                .body(Map.of("email", m.email(), "password", password))
                .post("/api/tokens").then().statusCode(200).extract().path("accessToken");
    }

    static RequestSpecification with(String token) {
        return Api.anonymous().header("Authorization", "Bearer " + token);
    }

    private static long currentSessionId(String token) {
        return with(token).get("/api/me/sessions").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.current }.id");
    }

    @Test
    void logOut_endsThisSessionAtOnce_andNoOther() {
        TestMember m = TestMember.create();
        String laptop = logIn(m, TestMember.PASSWORD, "Laptop browser");
        with(laptop).post("/api/me/sessions/current/end").then().statusCode(204);
        with(laptop).get("/api/me").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("SESSION_ENDED"));
        Api.as(m).get("/api/me").then().statusCode(200);
    }

    /** Every request reads its session; "last seen" is written only when it is over five minutes old. */
    @Test
    void lastSeen_movesForwardOnlyWhenStale() {
        TestMember m = TestMember.create();
        String token = logIn(m, TestMember.PASSWORD, "Laptop browser");
        long id = currentSessionId(token);
        Sql.exec("UPDATE sessions SET last_seen_at = now() - interval '10 minutes' WHERE id = ?", id);
        with(token).get("/api/me").then().statusCode(200);
        assertEquals(1, Sql.count("SELECT count(*) FROM sessions WHERE id = ? AND last_seen_at > now() - interval '1 minute'", id));
        Sql.exec("UPDATE sessions SET last_seen_at = now() - interval '2 minutes' WHERE id = ?", id);
        with(token).get("/api/me").then().statusCode(200);
        assertEquals(1, Sql.count("SELECT count(*) FROM sessions WHERE id = ? AND last_seen_at < now() - interval '1 minute'", id),
                "a fresh 'last seen' is not written again");
    }

    @Test
    void listSessions_marksTheCurrentOne_withItsBrowser() {
        TestMember m = TestMember.create();
        String phone = logIn(m, TestMember.PASSWORD, "Phone browser");
        with(phone).get("/api/me/sessions").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.findAll { it.current }.userAgent", contains("Phone browser"))
                .body("items[0].userAgent", equalTo("Phone browser"))
                .body("items[0].ip", notNullValue())
                .body("items[0].lastSeenAt", notNullValue());
        Api.as(m).get("/api/me/sessions").then().statusCode(200)
                .body("items.current", containsInAnyOrder(true, false));
    }

    @Test
    void endOneOfMySessions_logsThatDeviceOut_andItLeavesTheList() {
        TestMember m = TestMember.create();
        String other = logIn(m, TestMember.PASSWORD, "Other device");
        long otherId = currentSessionId(other);
        Api.as(m).delete("/api/me/sessions/" + otherId).then().statusCode(204);
        with(other).get("/api/me").then().statusCode(401).body("code", equalTo("SESSION_ENDED"));
        Api.as(m).get("/api/me/sessions").then().body("items", hasSize(1)).body("items[0].current", equalTo(true));
        Api.as(m).delete("/api/me/sessions/" + otherId).then().statusCode(204);
    }

    @Test
    void anotherMembersSession_isNotFound_andStaysLive() {
        TestMember owner = TestMember.create();
        TestMember other = TestMember.create();
        long ownerSession = currentSessionId(owner.token());
        Api.as(other).delete("/api/me/sessions/" + ownerSession).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        Api.as(owner).get("/api/me").then().statusCode(200);
    }

    @Test
    void endOtherSessions_keepsOnlyThisOne() {
        TestMember m = TestMember.create();
        String a = logIn(m, TestMember.PASSWORD, "A");
        String b = logIn(m, TestMember.PASSWORD, "B");
        Api.as(m).post("/api/me/sessions/end-others").then().statusCode(204);
        with(a).get("/api/me").then().statusCode(401);
        with(b).get("/api/me").then().statusCode(401);
        Api.as(m).get("/api/me/sessions").then().body("items", hasSize(1));
    }

    @Test
    void tokenWithoutSession_fromBeforeSessions_isRefused() {
        TestMember m = TestMember.create();
        String old = io.smallrye.jwt.build.Jwt.issuer("https://rapport.app").subject(Long.toString(m.id()))
                .upn(m.handle()).groups(java.util.Set.of("member")).expiresIn(600).sign();
        with(old).get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenNamingAnotherMembersSession_isRefused() {
        TestMember victim = TestMember.create();
        TestMember m = TestMember.create();
        long victimSession = currentSessionId(victim.token());
        String forged = io.smallrye.jwt.build.Jwt.issuer("https://rapport.app").subject(Long.toString(m.id()))
                .upn(m.handle()).groups(java.util.Set.of("member")).claim("sid", victimSession).expiresIn(600).sign();
        with(forged).get("/api/me").then().statusCode(401).body("code", equalTo("SESSION_ENDED"));
    }

    @Test
    void personalAccessToken_cannotUseSessionOperations() {
        TestMember m = TestMember.create();
        String pat = Api.as(m).body(Map.of("name", "script", "scopes", List.of("READ", "WRITE")))
                .post("/api/me/access-tokens").then().statusCode(201).extract().path("accessToken");
        with(pat).get("/api/me/sessions").then().statusCode(403).body("code", equalTo("SESSION_REQUIRED"));
        with(pat).post("/api/me/sessions/end-others").then().statusCode(403).body("code", equalTo("SESSION_REQUIRED"));
        with(pat).post("/api/me/sessions/current/end").then().statusCode(403).body("code", equalTo("SESSION_REQUIRED"));
        with(pat).delete("/api/me/sessions/1").then().statusCode(403).body("code", equalTo("SESSION_REQUIRED"));
        with(pat).get("/api/me/export").then().statusCode(403).body("code", equalTo("SESSION_REQUIRED"));
        with(pat).body(Map.of("password", TestMember.PASSWORD)).post("/api/me/deletion")
                .then().statusCode(403).body("code", equalTo("SESSION_REQUIRED"));
        with(pat).body(Map.of("password", TestMember.PASSWORD)).post("/api/me/reauthentication")
                .then().statusCode(403).body("code", equalTo("SESSION_REQUIRED"));
        with(pat).body(Map.of("currentPassword", TestMember.PASSWORD, "newPassword", "another-long-one"))
                .put("/api/me/password").then().statusCode(403).body("code", equalTo("SESSION_REQUIRED"));
        Api.as(m).get("/api/me").then().statusCode(200);
    }

    @Test
    void sessionIdleLongerThanItsLifetime_isRefused() {
        TestMember m = TestMember.create();
        Sql.exec("UPDATE sessions SET created_at = now() - interval '13 hours', expires_at = now() - interval '1 hour'"
                + " WHERE member_id = " + m.id());
        Api.as(m).get("/api/me").then().statusCode(401).body("code", equalTo("SESSION_ENDED"));
    }

    @Test
    void logIn_beyondTheLiveSessionCap_endsTheOldest() {
        TestMember m = TestMember.create();
        Sql.exec("UPDATE sessions SET created_at = now() - interval '2 hours' WHERE member_id = " + m.id());
        Sql.exec("INSERT INTO sessions (member_id, created_at, last_seen_at, expires_at, password_checked_at)"
                + " SELECT " + m.id() + ", now() - interval '1 hour', now(), now() + interval '1 hour', now()"
                + " FROM generate_series(1, " + (SessionService.MAX_LIVE - 1) + ")");
        String fresh = logIn(m, TestMember.PASSWORD, "Newest");
        Api.as(m).get("/api/me").then().statusCode(401);
        with(fresh).get("/api/me/sessions").then().statusCode(200)
                .body("items", hasSize(SessionService.MAX_LIVE))
                .body("items.userAgent", hasItem("Newest"));
    }
}
