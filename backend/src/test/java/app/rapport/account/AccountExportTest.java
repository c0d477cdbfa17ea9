package app.rapport.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountExportTest {

    @Test
    void export_holdsEverySection_withMyData_andNoSecret() {
        TestMember me = TestMember.create("Exporting Member").withProfile(Map.of("headline", "Data minded"));
        TestMember friend = TestMember.create("Friend Of Mine");
        TestMember fan = TestMember.create("A Fan");
        Api.as(me).body(Map.of("title", "Analyst", "company", "Acme", "startDate", "2021-03-01", "announce", true))
                .post("/api/me/positions").then().statusCode(201);
        long inv = Api.as(me).body(Map.of("recipientId", friend.id(),
                        "note", "Hi Friend, loved your write-up on the Berlin data meetup last week."))
                .post("/api/invitations").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(friend).post("/api/invitations/" + inv + "/accept").then().statusCode(200);
        Api.as(fan).put("/api/me/following/" + me.id()).then().statusCode(200);
        long post = Api.as(me).body(Map.of("text", "My exported words")).post("/api/posts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long friendPost = Api.as(friend).body(Map.of("text", "Friend's words")).post("/api/posts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(me).post("/api/posts/" + friendPost + "/like").then().statusCode(200);
        Api.as(me).body(Map.of("text", "My comment elsewhere")).post("/api/posts/" + friendPost + "/comments")
                .then().statusCode(201);
        long tag = Api.as(me).body(Map.of("name", "Close")).post("/api/tags").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(me).put("/api/tags/" + tag + "/members/" + friend.id()).then().statusCode(200);
        Api.as(me).body(Map.of("name", "Close view", "tagIds", List.of(tag))).post("/api/tag-views").then().statusCode(201);
        Api.as(me).body(Map.of("name", "CRM", "scopes", List.of("READ"))).post("/api/me/access-tokens").then().statusCode(201);
        Api.as(me).body(Map.of("text", "Friend prefers calls on Tuesdays", "date", "2026-11-02"))
                .post("/api/members/" + friend.id() + "/notes").then().statusCode(201);
        long conversation = Api.as(me).body(Map.of("recipientId", friend.id(), "text", "Coffee next week?"))
                .post("/api/conversations").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(friend).body(Map.of("text", "Gladly, Thursday works")).post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(201);

        Api.as(me).get("/api/me/export").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"rapport-data-"))
                .body("format", equalTo("rapport-export/1"))
                .body("memberId", equalTo((int) me.id()))
                .body("profile.headline", equalTo("Data minded"))
                .body("profile.email", equalTo(me.email()))
                .body("profile.positions.title", contains("Analyst"))
                .body("network.connections.handle", contains(friend.handle()))
                .body("network.followers.handle", hasItem(fan.handle()))
                .body("network.following.handle", contains(friend.handle()))
                .body("invitations.sent[0].note", containsString("Berlin data meetup"))
                .body("invitations.sent[0].state", equalTo("ACCEPTED"))
                .body("invitations.received", hasSize(0))
                .body("tags.tags[0].name", equalTo("Close"))
                .body("tags.tags[0].members.handle", contains(friend.handle()))
                .body("tags.views[0].tagIds", contains((int) tag))
                .body("posts.posts.id", hasItem((int) post))
                .body("posts.posts.kind", hasItem("CAREER_UPDATE"))
                .body("posts.comments.text", contains("My comment elsewhere"))
                .body("posts.likes.postId", contains((int) friendPost))
                .body("notes.text", contains("Friend prefers calls on Tuesdays"))
                .body("notes[0].handle", equalTo(friend.handle()))
                .body("notes[0].date", equalTo("2026-11-02"))
                .body("conversations.id", contains((int) conversation))
                .body("conversations[0].with.handle", equalTo(friend.handle()))
                .body("conversations[0].messages.text", contains("Coffee next week?", "Gladly, Thursday works"))
                .body("conversations[0].messages.mine", contains(true, false))
                .body("conversations[0].messages.senderHandle", contains(me.handle(), friend.handle()))
                .body("accessTokens.name", contains("CRM"))
                .body("accessTokens[0].scopes", contains("READ"))
                .body("sessions[0].createdAt", notNullValue())
                .body(not(containsString("passwordHash")))
                .body(not(containsString(me.token())));
    }

    @Test
    void export_holdsOnlyMyData() {
        TestMember me = TestMember.create();
        TestMember other = TestMember.create();
        Api.as(other).body(Map.of("text", "Not in your export")).post("/api/posts").then().statusCode(201);
        Api.as(other).body(Map.of("name", "Other's tag")).post("/api/tags").then().statusCode(201);
        TestMember third = TestMember.create();
        Sql.connect(other.id(), third.id());
        Api.as(other).body(Map.of("text", "Other's private note")).post("/api/members/" + third.id() + "/notes")
                .then().statusCode(201);
        Api.as(other).body(Map.of("recipientId", third.id(), "text", "A conversation without you"))
                .post("/api/conversations").then().statusCode(201);
        Api.as(me).get("/api/me/export").then().statusCode(200)
                .body("posts.posts", hasSize(0))
                .body("tags.tags", hasSize(0))
                .body("notes", hasSize(0))
                .body("conversations", hasSize(0))
                .body("sessions", hasSize(1))
                .body(not(containsString("Not in your export")))
                .body(not(containsString("Other's private note")))
                .body(not(containsString("A conversation without you")))
                .body(not(containsString(other.handle())));
    }

    @Test
    void export_withoutSignIn_isUnauthorized() {
        Api.anonymous().get("/api/me/export").then().statusCode(401).contentType("application/problem+json");
    }
}
