package app.rapport.auth;

import static app.rapport.auth.SessionResourceTest.logIn;
import static app.rapport.auth.SessionResourceTest.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PasswordResourceTest {

    private static final String NEW_PASSWORD = "a-brand-new-passphrase";

    private static String createToken(TestMember m) {
        return Api.as(m).body(Map.of("name", "CRM", "scopes", List.of("READ")))
                .post("/api/me/access-tokens").then().statusCode(201).extract().path("accessToken");
    }

    private static void ageSessions(TestMember m) {
        Sql.exec("UPDATE sessions SET password_checked_at = now() - interval '11 minutes' WHERE member_id = " + m.id());
    }

    @Test
    void changePassword_endsOtherSessions_andRevokesTokens_byDefault() {
        TestMember m = TestMember.create();
        String other = logIn(m, TestMember.PASSWORD, "Other");
        String pat = createToken(m);
        Api.as(m).body(Map.of("currentPassword", TestMember.PASSWORD, "newPassword", NEW_PASSWORD))
                .put("/api/me/password").then().statusCode(204);
        Api.as(m).get("/api/me").then().statusCode(200);
        with(other).get("/api/me").then().statusCode(401).body("code", equalTo("SESSION_ENDED"));
        with(pat).get("/api/me").then().statusCode(401).body("code", equalTo("TOKEN_REVOKED"));
        Api.anonymous().body(Map.of("email", m.email(), "password", TestMember.PASSWORD)).post("/api/tokens")
                .then().statusCode(401);
        logIn(m, NEW_PASSWORD, "With the new one");
    }

    @Test
    void changePassword_canKeepOtherSessionsAndTokens() {
        TestMember m = TestMember.create();
        String other = logIn(m, TestMember.PASSWORD, "Other");
        String pat = createToken(m);
        Api.as(m).body(Map.of("currentPassword", TestMember.PASSWORD, "newPassword", NEW_PASSWORD,
                        "keepOtherSessions", true, "keepAccessTokens", true))
                .put("/api/me/password").then().statusCode(204);
        with(other).get("/api/me").then().statusCode(200);
        with(pat).get("/api/me").then().statusCode(200);
    }

    @Test
    void changePassword_withWrongCurrentPassword_isRefusedNamingTheField_andChangesNothing() {
        TestMember m = TestMember.create();
        String other = logIn(m, TestMember.PASSWORD, "Other");
        Api.as(m).body(Map.of("currentPassword", "not-my-password", "newPassword", NEW_PASSWORD))
                .put("/api/me/password").then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("WRONG_PASSWORD"))
                .body("errors.field", hasItem("currentPassword"));
        with(other).get("/api/me").then().statusCode(200);
        logIn(m, TestMember.PASSWORD, "Still the old one");
    }

    @Test
    void changePassword_toATooShortOne_isValidationProblem() {
        TestMember m = TestMember.create();
        Api.as(m).body(Map.of("currentPassword", TestMember.PASSWORD, "newPassword", "short"))
                .put("/api/me/password").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("newPassword"));
        Api.as(m).body(Map.of("newPassword", NEW_PASSWORD))
                .put("/api/me/password").then().statusCode(400).body("errors.field", hasItem("currentPassword"));
    }

    @Test
    void createAccessToken_longAfterThePasswordCheck_asksForItAgain() {
        TestMember m = TestMember.create();
        ageSessions(m);
        Api.as(m).body(Map.of("name", "CRM", "scopes", List.of("READ")))
                .post("/api/me/access-tokens").then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("REAUTHENTICATION_REQUIRED"))
                .body("detail", containsString("/api/me/reauthentication"));
        Api.as(m).get("/api/me/access-tokens").then().statusCode(200).body("items", hasSize(0));
        Api.as(m).body(Map.of("password", TestMember.PASSWORD)).post("/api/me/reauthentication").then().statusCode(204);
        createToken(m);
    }

    @Test
    void reauthenticate_withWrongPassword_isRefused_andDoesNotUnlock() {
        TestMember m = TestMember.create();
        ageSessions(m);
        Api.as(m).body(Map.of("password", "guess")).post("/api/me/reauthentication").then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("WRONG_PASSWORD")).body("errors.field", hasItem("password"));
        Api.as(m).body(Map.of("name", "CRM", "scopes", List.of("READ")))
                .post("/api/me/access-tokens").then().statusCode(403).body("code", equalTo("REAUTHENTICATION_REQUIRED"));
    }

    @Test
    void reauthentication_stampsOnlyThisSession() {
        TestMember m = TestMember.create();
        String other = logIn(m, TestMember.PASSWORD, "Other");
        ageSessions(m);
        with(other).body(Map.of("password", TestMember.PASSWORD)).post("/api/me/reauthentication").then().statusCode(204);
        Api.as(m).body(Map.of("name", "CRM", "scopes", List.of("READ")))
                .post("/api/me/access-tokens").then().statusCode(403).body("code", equalTo("REAUTHENTICATION_REQUIRED"));
        with(other).body(Map.of("name", "CRM", "scopes", List.of("READ")))
                .post("/api/me/access-tokens").then().statusCode(201);
    }
}
