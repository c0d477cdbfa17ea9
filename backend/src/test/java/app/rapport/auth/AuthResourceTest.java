package app.rapport.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    private static String uniqueHandle() {
        return "a_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    @Test
    void signUp_returnsTokenAndMember_neverThePassword() {
        String handle = uniqueHandle();
        Api.anonymous()
                .body(Map.of("email", handle + "@Example.test", "password", "s3cret-pass", "handle", handle,
                        "displayName", "Ada Lovelace"))
                .post("/api/accounts")
                .then().statusCode(201)
                .body("tokenType", equalTo("Bearer"))
                .body("accessToken", notNullValue())
                .body("member.handle", equalTo(handle))
                .body("member.email", equalTo(handle.toLowerCase() + "@example.test"))
                .body("member.connectionCount", equalTo(0))
                .body(not(containsString("s3cret-pass")))
                .body("member", not(org.hamcrest.Matchers.hasKey("passwordHash")));
    }

    @Test
    void signUp_withInvalidFields_namesEachField() {
        Api.anonymous()
                .body(Map.of("email", "not-an-email", "password", "short", "handle", "x!", "displayName", ""))
                .post("/api/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("password"))
                .body("errors.field", hasItem("handle"))
                .body("errors.field", hasItem("displayName"));
    }

    @Test
    void signUp_withTakenEmailOrHandle_isConflict() {
        TestMember existing = TestMember.create();
        Api.anonymous()
                .body(Map.of("email", existing.email().toUpperCase(), "password", "password123", "handle",
                        uniqueHandle(), "displayName", "Copy"))
                .post("/api/accounts")
                .then().statusCode(409).body("code", equalTo("EMAIL_TAKEN")).body("errors[0].field", equalTo("email"));
        Api.anonymous()
                .body(Map.of("email", uniqueHandle() + "@example.test", "password", "password123", "handle",
                        existing.handle().toUpperCase(), "displayName", "Copy"))
                .post("/api/accounts")
                .then().statusCode(409).body("code", equalTo("HANDLE_TAKEN")).body("errors[0].field", equalTo("handle"));
    }

    @Test
    void logIn_withRightPassword_returnsWorkingToken() {
        TestMember m = TestMember.create();
        String token = Api.anonymous()
                .body(Map.of("email", m.email(), "password", TestMember.PASSWORD))
                .post("/api/tokens")
                .then().statusCode(200)
                .body("member.id", equalTo((int) m.id()))
                .extract().path("accessToken");
        Api.anonymous().header("Authorization", "Bearer " + token).get("/api/me")
                .then().statusCode(200).body("handle", equalTo(m.handle()));
    }

    @Test
    void logIn_wrongPasswordAndUnknownEmail_getTheSameAnswer() {
        TestMember m = TestMember.create();
        Response wrongPassword = Api.anonymous()
                .body(Map.of("email", m.email(), "password", "not-the-password"))
                .post("/api/tokens");
        Response unknownEmail = Api.anonymous()
                .body(Map.of("email", "nobody-" + uniqueHandle() + "@example.test", "password", "not-the-password"))
                .post("/api/tokens");
        assertEquals(401, wrongPassword.statusCode());
        assertEquals(401, unknownEmail.statusCode());
        assertEquals(wrongPassword.jsonPath().getString("detail"), unknownEmail.jsonPath().getString("detail"));
        assertEquals(wrongPassword.jsonPath().getString("code"), unknownEmail.jsonPath().getString("code"));
    }

    @Test
    void logIn_withMissingFields_isValidationProblem() {
        Api.anonymous().body(Map.of("email", "")).post("/api/tokens")
                .then().statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void me_withoutToken_isUnauthorizedProblem() {
        Api.anonymous().get("/api/me")
                .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void me_withForgedToken_isUnauthorizedProblem() {
        Api.anonymous().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")
                .get("/api/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void me_withExpiredToken_isUnauthorizedProblem() {
        TestMember m = TestMember.create();
        String expired = io.smallrye.jwt.build.Jwt.issuer("https://rapport.app").subject(Long.toString(m.id()))
                .issuedAt(java.time.Instant.now().minusSeconds(7200))
                .expiresAt(java.time.Instant.now().minusSeconds(3600)).sign();
        Api.anonymous().header("Authorization", "Bearer " + expired).get("/api/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void me_withTokenFromAnotherIssuer_isUnauthorizedProblem() {
        TestMember m = TestMember.create();
        String foreign = io.smallrye.jwt.build.Jwt.issuer("https://evil.example").subject(Long.toString(m.id()))
                .expiresIn(600).sign();
        Api.anonymous().header("Authorization", "Bearer " + foreign).get("/api/me")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
