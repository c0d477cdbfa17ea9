package app.rapport.contract;

import static org.hamcrest.Matchers.equalTo;

import app.rapport.support.Api;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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
}
