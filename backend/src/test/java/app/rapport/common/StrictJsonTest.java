package app.rapport.common;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A value of the wrong JSON type is refused naming its field; nothing is coerced, nothing is stored. */
@QuarkusTest
class StrictJsonTest {

    private static void refusedNaming(TestMember me, String method, String path, String body, String field) {
        Api.raw().header("Authorization", "Bearer " + me.token()).contentType(ContentType.JSON).body(body)
                .request(method, path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void fractionalId_isNotTruncated() {
        TestMember me = TestMember.create();
        TestMember other = TestMember.create();
        refusedNaming(me, "POST", "/api/invitations", "{\"recipientId\": " + other.id() + ".5, \"note\": \"Hello there\"}", "recipientId");
        refusedNaming(me, "POST", "/api/invitations", "{\"recipientId\": 1.0}", "recipientId");
        refusedNaming(me, "POST", "/api/invitations/preview", "{\"recipientId\": 1e3}", "recipientId");
        Api.as(me).get("/api/invitations/sent").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void scalarsOfAnotherType_areRefused() {
        TestMember me = TestMember.create();
        TestMember other = TestMember.create();
        refusedNaming(me, "POST", "/api/invitations/preview", "{\"recipientId\": \"" + other.id() + "\"}", "recipientId");
        refusedNaming(me, "POST", "/api/invitations/preview", "{\"recipientId\": true}", "recipientId");
        refusedNaming(me, "POST", "/api/invitations/preview", "{\"recipientId\": 99999999999999999999999}", "recipientId");
        refusedNaming(me, "POST", "/api/posts", "{\"text\": 12345}", "text");
        refusedNaming(me, "POST", "/api/posts", "{\"text\": true}", "text");
        refusedNaming(me, "PATCH", "/api/me", "{\"headline\": 1.5}", "headline");
        refusedNaming(me, "PATCH", "/api/me", "{\"announce\": \"false\"}", "announce");
        refusedNaming(me, "PATCH", "/api/me", "{\"announce\": 0}", "announce");
        refusedNaming(me, "PUT", "/api/me/invitation-settings", "{\"invitationPolicy\": 0, \"autoFollowGeneric\": false}", "invitationPolicy");
        refusedNaming(me, "PUT", "/api/me/invitation-settings", "{\"invitationPolicy\": \"OPEN\", \"autoFollowGeneric\": null}", "autoFollowGeneric");
        refusedNaming(me, "POST", "/api/me/positions", "{\"title\": \"a\", \"company\": \"b\", \"startDate\": 20000}", "startDate");
        refusedNaming(me, "POST", "/api/me/access-tokens", "{\"name\": \"x\", \"scopes\": [\"READ\"], \"expiresInDays\": 30.5}", "expiresInDays");
        refusedNaming(me, "POST", "/api/me/access-tokens", "{\"name\": \"x\", \"scopes\": [\"READ\"], \"expiresInDays\": \"30\"}", "expiresInDays");
        refusedNaming(me, "POST", "/api/tags", "{\"name\": [\"x\"]}", "name");
        Api.as(me).get("/api/profiles/" + me.handle() + "/posts").then().statusCode(200).body("items.size()", equalTo(0));
        Api.as(me).get("/api/me").then().body("headline", equalTo(null));
    }

    @Test
    void repeatedKeysAndTrailingContent_areRefused() {
        TestMember me = TestMember.create();
        Api.raw().header("Authorization", "Bearer " + me.token()).contentType(ContentType.JSON)
                .body("{\"headline\": \"a\", \"headline\": \"b\"}").patch("/api/me")
                .then().statusCode(400).contentType("application/problem+json");
        Api.raw().header("Authorization", "Bearer " + me.token()).contentType(ContentType.JSON)
                .body("{\"headline\": \"a\"} {\"headline\": \"b\"}").patch("/api/me")
                .then().statusCode(400).contentType("application/problem+json");
        Api.as(me).get("/api/me").then().body("headline", equalTo(null));
    }

    @Test
    void arraysOverTheirMaxItems_areRefusedNamingTheField() {
        TestMember me = TestMember.create();
        long tag = Api.as(me).body(Map.of("name", "Big")).post("/api/tags").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        List<Long> ids = new ArrayList<>();
        for (long i = 1; i <= 1001; i++) {
            ids.add(i);
        }
        Api.as(me).body(Map.of("memberIds", ids)).post("/api/tags/" + tag + "/members")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("memberIds"));
        Api.as(me).body(Map.of("name", "View", "tagIds", ids.subList(0, 21))).post("/api/tag-views")
                .then().statusCode(400).body("errors[0].field", equalTo("tagIds"));
        Api.as(me).body(Map.of("name", "View", "tagIds", List.of(tag), "excludedTagIds", ids.subList(0, 21)))
                .post("/api/tag-views").then().statusCode(400).body("errors[0].field", equalTo("excludedTagIds"));
        assertEquals(0L, Sql.longs("SELECT count(*) FROM tag_views WHERE owner_id = ?", me.id()).get(0));
    }
}
