package app.rapport.auth;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.rapport.support.Api;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessTokenResourceTest {

    private static String create(TestMember m, List<String> scopes) {
        return Api.as(m).body(Map.of("name", "CRM sync", "scopes", scopes, "expiresInDays", 30))
                .post("/api/me/access-tokens")
                .then().statusCode(201)
                .body("token.name", equalTo("CRM sync"))
                .body("token.lastUsedAt", nullValue())
                .body("accessToken", notNullValue())
                .extract().path("accessToken");
    }

    private static RequestSpecification with(String token) {
        return Api.anonymous().header("Authorization", "Bearer " + token);
    }

    @Test
    void createdToken_works_andIsListedWithoutItsSecret() {
        TestMember m = TestMember.create();
        String token = create(m, List.of("READ"));
        with(token).get("/api/me").then().statusCode(200).body("id", equalTo((int) m.id()));
        Api.as(m).get("/api/me/access-tokens").then().statusCode(200)
                .body("items.name", contains("CRM sync"))
                .body("items[0].scopes", contains("READ"))
                .body("items[0].lastUsedAt", notNullValue())
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("accessToken")));
    }

    @Test
    void readOnlyToken_cannotChangeAnything() {
        TestMember m = TestMember.create();
        String token = create(m, List.of("READ"));
        with(token).body(Map.of("headline", "changed by a script")).patch("/api/me")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        Api.as(m).get("/api/me").then().body("headline", nullValue());
    }

    @Test
    void writeToken_canChangeThings() {
        TestMember m = TestMember.create();
        String token = create(m, List.of("READ", "WRITE"));
        with(token).body(Map.of("headline", "Synced from the CRM")).patch("/api/me")
                .then().statusCode(200).body("headline", equalTo("Synced from the CRM"));
    }

    @Test
    void accessToken_cannotManageAccessTokens() {
        TestMember m = TestMember.create();
        String token = create(m, List.of("READ", "WRITE"));
        with(token).get("/api/me/access-tokens").then().statusCode(403).body("code", equalTo("SESSION_REQUIRED"));
        with(token).body(Map.of("name", "escalate", "scopes", List.of("WRITE")))
                .post("/api/me/access-tokens").then().statusCode(403).body("code", equalTo("SESSION_REQUIRED"));
    }

    @Test
    void revokedToken_stopsWorkingAtOnce_andRevokingAgainIsFine() {
        TestMember m = TestMember.create();
        String token = create(m, List.of("READ"));
        long id = Api.as(m).get("/api/me/access-tokens").then().extract().jsonPath().getLong("items[0].id");
        Api.as(m).delete("/api/me/access-tokens/" + id).then().statusCode(204);
        with(token).get("/api/me").then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("TOKEN_REVOKED"));
        Api.as(m).delete("/api/me/access-tokens/" + id).then().statusCode(204);
        Api.as(m).get("/api/me/access-tokens").then().body("items", empty());
    }

    @Test
    void anotherMember_cannotSeeOrRevokeMyToken() {
        TestMember owner = TestMember.create();
        TestMember other = TestMember.create();
        String token = create(owner, List.of("READ"));
        long id = Api.as(owner).get("/api/me/access-tokens").then().extract().jsonPath().getLong("items[0].id");
        Api.as(other).get("/api/me/access-tokens").then().statusCode(200).body("items", empty());
        Api.as(other).delete("/api/me/access-tokens/" + id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        with(token).get("/api/me").then().statusCode(200);
    }

    @Test
    void invalidRequest_namesTheFields() {
        TestMember m = TestMember.create();
        Api.as(m).body(Map.of("name", " ", "scopes", List.of(), "expiresInDays", 0))
                .post("/api/me/access-tokens")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("scopes"))
                .body("errors.field", hasItem("expiresInDays"));
        Api.as(m).body(Map.of("name", "x", "scopes", List.of("ADMIN")))
                .post("/api/me/access-tokens")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void twentyOneTokens_areRefused() {
        TestMember m = TestMember.create();
        for (int i = 0; i < AccessTokenService.MAX_ACTIVE; i++) {
            create(m, List.of("READ"));
        }
        Api.as(m).body(Map.of("name", "one too many", "scopes", List.of("READ")))
                .post("/api/me/access-tokens")
                .then().statusCode(409).body("code", equalTo("TOO_MANY_ACCESS_TOKENS"));
    }

    @Test
    void withoutSession_isUnauthorized() {
        Api.anonymous().get("/api/me/access-tokens").then().statusCode(401);
    }
}
