package app.rapport.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.CountingCredentialCheck;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a personal access token may do is decided on the operation that was matched, never
 * on the path: every spelling of a path reaches the same rule, every write operation of the
 * contract refuses a READ token, every access-token operation refuses any token, and the
 * check runs once per request.
 */
@QuarkusTest
class CredentialRulesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String token(TestMember m, String... scopes) {
        return Api.as(m).body(Map.of("name", "script", "scopes", List.of(scopes)))
                .post("/api/me/access-tokens").then().statusCode(201).extract().path("accessToken");
    }

    /** Sends the path exactly as written (no client-side normalisation or encoding). */
    private static HttpResponse<String> send(String method, String rawPath, String token, String body) throws Exception {
        return send(method, rawPath, token, body, "application/json");
    }

    private static HttpResponse<String> send(String method, String rawPath, String token, String body, String contentType)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + rawPath))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a stream that never ends by itself (text/event-stream) and closes it once its status is known. */
    private static int openAndClose(String rawPath, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + rawPath))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    /** The media type the contract declares for the operation's body (JSON unless it says otherwise). */
    private static String bodyType(Operation op) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null
                || op.getRequestBody().getContent().containsKey("application/json")) {
            return "application/json";
        }
        return op.getRequestBody().getContent().keySet().iterator().next();
    }

    private static boolean isEventStream(Operation op) {
        ApiResponse ok = op.getResponses().get("200");
        return ok != null && ok.getContent() != null && ok.getContent().containsKey("text/event-stream");
    }

    @Test
    void writeToken_cannotMintATokenUnderAnySpellingOfThePath() throws Exception {
        TestMember m = TestMember.create();
        String write = token(m, "READ", "WRITE");
        List<String> spellings = List.of("/api/me/access-tokens", "/api/me/./access-tokens", "/api/me/%61ccess-tokens",
                "//api/me/access-tokens", "/api//me/access-tokens", "/api/me/access-tokens/", "/api/me/x/../access-tokens",
                "/api/me/access-tokens;x=1", "/api/me;x=1/access-tokens", "/API/me/access-tokens",
                "/api/me/Access-Tokens", "/api/ME/access-tokens", "/api/me/access-tokens%2F", "/api/me/access%2Dtokens");
        String body = "{\"name\":\"escalate\",\"scopes\":[\"WRITE\"],\"expiresInDays\":365}";
        List<String> wrong = new ArrayList<>();
        for (String path : spellings) {
            for (String method : List.of("POST", "GET")) {
                HttpResponse<String> r = send(method, path, write, method.equals("POST") ? body : null);
                boolean refused = r.statusCode() == 403 && r.body().contains("SESSION_REQUIRED");
                boolean nothingThere = r.statusCode() == 404 || r.statusCode() == 405
                        || (r.statusCode() == 400 && r.body().contains("INVALID_PATH"));
                // Outside /api/ a GET is one of the SPA's own routes: its page, when the SPA is built in
                boolean spaPage = method.equals("GET") && !path.startsWith("/api/") && r.statusCode() == 200
                        && r.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
                if (!refused && !nothingThere && !spaPage) {
                    wrong.add(method + " " + path + " -> " + r.statusCode());
                }
            }
        }
        assertTrue(wrong.isEmpty(), "a token reached access-token management: " + wrong);
        Api.as(m).get("/api/me/access-tokens").then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void revokingWithAToken_isRefusedUnderAnySpelling() throws Exception {
        TestMember m = TestMember.create();
        String write = token(m, "WRITE");
        long id = Api.as(m).get("/api/me/access-tokens").then().extract().jsonPath().getLong("items[0].id");
        for (String path : List.of("/api/me/access-tokens/" + id, "/api/me/./access-tokens/" + id,
                "//api/me/access-tokens/" + id, "/api/me/%61ccess-tokens/" + id, "/api/me/access-tokens/" + id + ";x")) {
            int status = send("DELETE", path, write, null).statusCode();
            assertTrue(status == 403 || status == 404 || status == 400, "DELETE " + path + " -> " + status);
        }
        Api.anonymous().header("Authorization", "Bearer " + write).get("/api/me").then().statusCode(200);
    }

    /**
     * Every operation of the contract: one documented as SESSION_REQUIRED refuses even a WRITE
     * token; otherwise a READ token is refused on each change, and never on a read.
     */
    @Test
    void readToken_isRefusedOnEveryWriteOperationOfTheContract_andAllowedOnEveryRead() throws Exception {
        TestMember m = TestMember.create();
        String read = token(m, "READ");
        String write = token(m, "READ", "WRITE");
        OpenAPI contract = new OpenAPIV3Parser().read(Api.CONTRACT_FILE.toString());
        List<String> wrong = new ArrayList<>();
        int writes = 0;
        int sessionOnly = 0;
        for (var path : contract.getPaths().entrySet()) {
            String concrete = path.getKey().replace("{handle}", m.handle()).replaceAll("\\{[^}]+}", "1");
            for (var op : path.getValue().readOperationsMap().entrySet()) {
                boolean anonymous = op.getValue().getSecurity() != null && op.getValue().getSecurity().isEmpty();
                if (anonymous) {
                    continue;
                }
                var refusal = op.getValue().getResponses().get("403");
                if (refusal != null && refusal.get$ref() != null) {
                    String name = refusal.get$ref().substring(refusal.get$ref().lastIndexOf('/') + 1);
                    refusal = contract.getComponents().getResponses().get(name);
                }
                boolean tokenOperation = refusal != null && refusal.getDescription() != null
                        && refusal.getDescription().contains("SESSION_REQUIRED");
                PathItem.HttpMethod method = op.getKey();
                String label = method + " " + path.getKey();
                if (tokenOperation) {
                    sessionOnly++;
                    HttpResponse<String> r = send(method.name(), concrete, write, "{}");
                    if (r.statusCode() != 403 || !r.body().contains("SESSION_REQUIRED")) {
                        wrong.add(label + " with a WRITE token -> " + r.statusCode());
                    }
                } else if (method == PathItem.HttpMethod.GET) {
                    int status = isEventStream(op.getValue()) ? openAndClose(concrete, read)
                            : send("GET", concrete, read, null).statusCode();
                    if (status == 401 || status == 403 || status >= 500) {
                        wrong.add(label + " with a READ token -> " + status);
                    }
                } else {
                    writes++;
                    String type = bodyType(op.getValue());
                    HttpResponse<String> r = send(method.name(), concrete, read,
                            type.equals("application/json") ? "{}" : "First Name,Last Name\nAda,Lovelace\n", type);
                    if (r.statusCode() != 403 || !r.body().contains("INSUFFICIENT_SCOPE")) {
                        wrong.add(label + " with a READ token -> " + r.statusCode() + " " + r.body());
                    }
                }
            }
        }
        assertTrue(writes >= 20 && sessionOnly >= 3, writes + " write operations, " + sessionOnly + " session-only");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void writeOnlyToken_canAlsoRead() {
        TestMember m = TestMember.create();
        String write = token(m, "WRITE");
        Api.anonymous().header("Authorization", "Bearer " + write).get("/api/me").then().statusCode(200);
    }

    @Test
    void credentialsAreCheckedOncePerRequest() {
        TestMember m = TestMember.create();
        String read = token(m, "READ");
        int before = CountingCredentialCheck.calls(m.id());
        Api.anonymous().header("Authorization", "Bearer " + read).get("/api/me").then().statusCode(200);
        assertEquals(before + 1, CountingCredentialCheck.calls(m.id()), "a token request");
        Api.as(m).get("/api/me/following").then().statusCode(200);
        assertEquals(before + 2, CountingCredentialCheck.calls(m.id()), "a session request");
    }

    @Test
    void duplicateOrTooManyScopes_areRefusedNamingScopes_andNothingIsCreated() {
        TestMember m = TestMember.create();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(i % 2 == 0 ? "READ" : "WRITE");
        }
        Api.as(m).body(Map.of("name", "x", "scopes", many)).post("/api/me/access-tokens")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("scopes"));
        Api.as(m).body(Map.of("name", "x", "scopes", List.of("READ", "READ"))).post("/api/me/access-tokens")
                .then().statusCode(400).body("errors[0].field", equalTo("scopes"));
        Api.as(m).get("/api/me/access-tokens").then().statusCode(200).body("items.size()", equalTo(0));
    }
}
