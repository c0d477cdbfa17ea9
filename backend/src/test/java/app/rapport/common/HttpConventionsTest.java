package app.rapport.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Conventions every operation keeps, whoever calls it: any Accept is answered (generated
 * clients ask for application/problem+json on 204 operations), timestamps have one format,
 * and requests refused before they reach an operation still get a problem document.
 */
@QuarkusTest
class HttpConventionsTest {

    private static final String MILLIS_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @Test
    void acceptProblemJson_onA204Operation_isCarriedOut() {
        TestMember me = TestMember.create();
        TestMember other = TestMember.create();
        Api.as(me).put("/api/me/blocks/" + other.id()).then().statusCode(204);
        Api.as(me).accept("application/problem+json").delete("/api/me/blocks/" + other.id()).then().statusCode(204);
        Api.as(me).get("/api/me/blocks").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void acceptProblemJson_onAJsonOperation_isAnsweredInJson() {
        TestMember me = TestMember.create();
        TestMember other = TestMember.create();
        Api.as(me).accept("application/problem+json").put("/api/me/following/" + other.id())
                .then().statusCode(200).contentType("application/json").body("following", equalTo(true));
        Api.as(me).accept("application/problem+json").delete("/api/me/following/" + other.id())
                .then().statusCode(200).contentType("application/json").body("following", equalTo(false));
    }

    @Test
    void anyAccept_orNone_isAnswered() {
        TestMember me = TestMember.create();
        for (String accept : List.of("*/*", "application/*", "text/html", "application/xml", "application/json;q=0.1, text/plain")) {
            Api.raw().header("Authorization", "Bearer " + me.token()).accept(accept).get("/api/me")
                    .then().statusCode(200).contentType("application/json");
        }
        Api.raw().accept("text/html").get("/api/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void everyTimestamp_isUtcWithMilliseconds() {
        TestMember me = TestMember.create();
        TestMember other = TestMember.create();
        Api.as(me).get("/api/me").then().body("createdAt", matchesPattern(MILLIS_UTC));
        Api.as(me).body(Map.of("name", "ts", "scopes", List.of("READ"))).post("/api/me/access-tokens")
                .then().statusCode(201)
                .body("token.createdAt", matchesPattern(MILLIS_UTC))
                .body("token.expiresAt", matchesPattern(MILLIS_UTC));
        long post = Api.as(me).body(Map.of("text", "Timestamps")).post("/api/posts")
                .then().statusCode(201).body("createdAt", matchesPattern(MILLIS_UTC))
                .body("editableUntil", matchesPattern(MILLIS_UTC)).extract().jsonPath().getLong("id");
        Api.as(me).body(Map.of("text", "A comment")).post("/api/posts/" + post + "/comments")
                .then().statusCode(201).body("createdAt", matchesPattern(MILLIS_UTC));
        Api.as(me).get("/api/posts/" + post + "/comments").then().body("items.createdAt", everyItem(matchesPattern(MILLIS_UTC)));
        Api.as(me).get("/api/profiles/" + me.handle() + "/posts").then().body("items.createdAt", everyItem(matchesPattern(MILLIS_UTC)));
        Api.as(other).put("/api/me/following/" + me.id()).then().statusCode(200);
        Api.as(me).get("/api/me/followers").then().body("items.since", everyItem(matchesPattern(MILLIS_UTC)));
        Api.as(me).body(Map.of("name", "Stamps")).post("/api/tags").then().statusCode(201)
                .body("createdAt", matchesPattern(MILLIS_UTC));
    }

    @Test
    void malformedEscapeInThePath_isBadRequestProblem() throws Exception {
        // No HTTP client sends a malformed escape, so this one is written on the socket.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("GET /api/profiles/%zz HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 400"), response);
            assertTrue(response.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), response);
            assertTrue(response.contains("\"code\":\"BAD_REQUEST\""), response);
        }
    }

    @Test
    void longUrl_isUriTooLongProblem() {
        Api.raw().get("/api/profiles/" + "a".repeat(20_000))
                .then().statusCode(414).contentType("application/problem+json").body("code", equalTo("URI_TOO_LONG"));
    }

    @Test
    void largeHeader_isHeadersTooLargeProblem() {
        Api.raw().header("X-Padding", "a".repeat(30_000)).get("/api/me")
                .then().statusCode(431).contentType("application/problem+json").body("code", equalTo("HEADERS_TOO_LARGE"));
    }

    @Test
    void unknownStaticPath_isNotFoundProblem() {
        Api.raw().get("/assets/no-such-file.js").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void contract_namesAnAbsoluteServer_aLicense_andTheChallengeHeader() {
        OpenAPI contract = new OpenAPIV3Parser().read(Api.CONTRACT_FILE.toString());
        assertTrue(contract.getServers().get(0).getUrl().startsWith("http"), "servers[0] is absolute");
        assertNotNull(contract.getInfo().getLicense().getName());
        assertNotNull(contract.getComponents().getResponses().get("Unauthorized").getHeaders().get("WWW-Authenticate"));
        for (String limit : List.of("PayloadTooLarge", "UnsupportedMediaType", "UriTooLong", "HeadersTooLarge")) {
            assertNotNull(contract.getComponents().getResponses().get(limit), limit);
        }
        List<String> unbounded = new java.util.ArrayList<>();
        contract.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((field, property) -> {
                    if ("array".equals(((io.swagger.v3.oas.models.media.Schema<?>) property).getType())
                            && ((io.swagger.v3.oas.models.media.Schema<?>) property).getMaxItems() == null) {
                        unbounded.add(name + "." + field);
                    }
                });
            }
        });
        assertEquals(List.of(), unbounded, "arrays without maxItems");
    }

    @Test
    void a401_alwaysCarriesTheBearerChallenge() {
        Api.raw().get("/api/me/following").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer realm=\"rapport\""))
                .header("WWW-Authenticate", not(org.hamcrest.Matchers.containsString("error")));
    }
}
