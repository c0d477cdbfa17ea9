package app.rapport.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bugs the contract-driven suites found, each pinned by a plain test. */
@QuarkusTest
class FoundBySuitesTest {

    private static long post(TestMember m) {
        return Api.as(m).body(Map.of("text", "Hello")).post("/api/posts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void dotSegmentInAPathParameter_isRefused_insteadOfReachingAnotherOperation() {
        TestMember ann = TestMember.create();
        long postId = post(ann);
        // resolved, this path would be DELETE /api/posts/{postId}: it deleted the post
        for (String dots : new String[] {"%2e%2e", "%2E%2E", ".%2e", "%2e"}) {
            RestAssured.given().urlEncodingEnabled(false).header("Authorization", "Bearer " + ann.token())
                    .delete("/api/posts/" + postId + "/comments/" + dots)
                    .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("INVALID_PATH"));
        }
        Api.as(ann).get("/api/posts/" + postId).then().statusCode(200);
    }

    @Test
    void forgedCursorWithNul_isRefusedWith400_notA500() {
        TestMember ann = TestMember.create();
        String cursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("a\u0000b\u001f1".getBytes(StandardCharsets.UTF_8));
        Api.as(ann).queryParam("q", "member").queryParam("cursor", cursor).get("/api/profiles")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void tagsOfAMember_withAMemberIdThatIsNotANumber_isA400NamingTheField() {
        TestMember ann = TestMember.create();
        Api.as(ann).queryParam("memberId", "abc").get("/api/tags")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("memberId"));
    }

    @Test
    void likeAndUnlike_needNoContentType_sinceTheyTakeNoBody() {
        TestMember ann = TestMember.create();
        long postId = post(ann);
        RestAssured.given().header("Authorization", "Bearer " + ann.token()).post("/api/posts/" + postId + "/like")
                .then().statusCode(200).body("likedByMe", equalTo(true));
        RestAssured.given().header("Authorization", "Bearer " + ann.token()).post("/api/posts/" + postId + "/unlike")
                .then().statusCode(200).body("likedByMe", equalTo(false));
    }

    @Test
    void acceptingARequest_needsNoBodyNorContentType() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        long id = Api.as(ann).body(Map.of("recipientId", bob.id(), "note", "Bob, we met at the Lisbon meetup on pricing; glad to stay in touch."))
                .post("/api/invitations").then().statusCode(201).extract().jsonPath().getLong("id");
        RestAssured.given().header("Authorization", "Bearer " + bob.token())
                .post("/api/invitations/" + id + "/accept")
                .then().statusCode(200).contentType("application/json").body("state", equalTo("ACCEPTED"));
    }

    @Test
    void theEventStream_isOpenedWhateverAcceptSays_neverA406() throws Exception {
        TestMember ann = TestMember.create();
        for (String accept : new String[] {"application/json", "application/problem+json", "text/html"}) {
            HttpResponse<InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + RestAssured.port + "/api/me/events"))
                    .header("Authorization", "Bearer " + ann.token()).header("Accept", accept).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            r.body().close();
            assertEquals(200, r.statusCode(), accept);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"), accept);
        }
    }

    @Test
    void aDateWithAFiveDigitOrSignedYear_isRefused_asTheContractsFullDate() {
        TestMember ann = TestMember.create();
        for (String date : new String[] {"+99999-01-01", "-0001-01-01", "10000-01-01"}) {
            Api.as(ann).body(Map.of("title", "Engineer", "company", "Acme", "startDate", date)).post("/api/me/positions")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("startDate"));
        }
        Api.as(ann).get("/api/me").then().statusCode(200).body("positions.size()", equalTo(0));
    }

    @Test
    void messagesNotesAndIntroductions_thatShowNothing_areRefused() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        String invisible = "\u00a0\u200b\u3000\u3000";
        Api.as(ann).body("{\"recipientId\":" + bob.id() + ",\"text\":\"" + invisible + "\"}").post("/api/conversations")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        Api.as(ann).body("{\"text\":\"" + invisible + "\"}").post("/api/members/" + bob.id() + "/notes")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        Api.as(ann).get("/api/conversations").then().statusCode(200).body("items.size()", equalTo(0));
        Api.as(ann).get("/api/members/" + bob.id() + "/notes").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aLongUrl_overHttp2_isA414Problem_notABare431() throws Exception {
        TestMember ann = TestMember.create();
        HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/posts/" + "9".repeat(9000)))
                .header("Authorization", "Bearer " + ann.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(414, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.toString());
    }

    @Test
    void aRefusedStreamRequest_doesNotSpendItsTicket() throws Exception {
        TestMember ann = TestMember.create();
        String ticket = Api.as(ann).post("/api/me/event-tickets").then().statusCode(201).extract().path("ticket");
        Api.raw().accept("text/event-stream").queryParam("ticket", ticket).queryParam("lastEventId", "abc").get("/api/me/events")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("lastEventId"));
        HttpResponse<InputStream> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/me/events?ticket=" + ticket))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        r.body().close();
        assertEquals(200, r.statusCode());
    }

    @Test
    void notificationSettings_withANullKindOrTag_areA400_notA500() {
        TestMember ann = TestMember.create();
        String before = Api.as(ann).get("/api/me/notification-settings").then().statusCode(200).extract().asString();
        for (String body : new String[] {"{\"kinds\":[null]}", "{\"careerTagIds\":[null]}"}) {
            Api.as(ann).body(body).put("/api/me/notification-settings")
                    .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
        }
        assertEquals(before, Api.as(ann).get("/api/me/notification-settings").then().statusCode(200).extract().asString());
    }
}
