package app.rapport.contacts;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import app.rapport.support.Api;
import app.rapport.support.Graph;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactResourceTest {

    @Test
    void connection_showsHowWeMet_sinceWhen_myTags_andStrength() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create("Bob");
        long inv = Api.as(bob).body(Map.of("recipientId", ann.id(),
                        "note", "Hi Ann, we met at the Lisbon fintech summit and talked about reconciliation."))
                .post("/api/invitations").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(ann).post("/api/invitations/" + inv + "/accept").then().statusCode(200);
        long tag = Api.as(ann).body(Map.of("name", "summit people")).post("/api/tags").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(ann).put("/api/tags/" + tag + "/members/" + bob.id()).then().statusCode(200);

        Api.as(ann).get("/api/members/" + bob.id() + "/contact").then().statusCode(200)
                .body("member.id", equalTo((int) bob.id())).body("connected", equalTo(true))
                .body("following", equalTo(true)).body("followsMe", equalTo(true))
                .body("connectedSince", notNullValue())
                .body("howWeMet.kind", equalTo("INVITED_ME"))
                .body("howWeMet.note", equalTo("Hi Ann, we met at the Lisbon fintech summit and talked about reconciliation."))
                .body("tags", hasSize(1)).body("tags[0].name", equalTo("summit people"))
                .body("strength.score", notNullValue())
                .body("notes", hasSize(0)).body("noteCount", equalTo(0)).body("introductions", hasSize(0));
        // Bob sees his own panel of Ann: none of Ann's tags
        Api.as(bob).get("/api/members/" + ann.id() + "/contact").then().statusCode(200)
                .body("howWeMet.kind", equalTo("INVITED_BY_ME")).body("tags", hasSize(0));
    }

    @Test
    void panel_showsMyLatestNotes_andOurConversation() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Graph.connect(ann, bob);
        for (int i = 1; i <= 6; i++) {
            Api.as(ann).body(Map.of("text", "Note " + i, "date", "2026-11-0" + i)).post("/api/members/" + bob.id() + "/notes")
                    .then().statusCode(201);
        }
        long conversation = Api.as(bob).body(Map.of("recipientId", ann.id(), "text", "Are you at the offsite next week?"))
                .post("/api/conversations").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(ann).get("/api/members/" + bob.id() + "/contact").then().statusCode(200)
                .body("noteCount", equalTo(6)).body("notes", hasSize(5)).body("notes[0].text", equalTo("Note 6"))
                .body("notes[0].date", equalTo("2026-11-06"))
                .body("conversation.id", equalTo((int) conversation))
                .body("conversation.lastMessagePreview", equalTo("Are you at the offsite next week?"))
                .body("conversation.lastMessageFromMe", equalTo(false)).body("conversation.unreadCount", equalTo(1))
                .body("lastInteraction.kind", equalTo("MESSAGE_RECEIVED"));
        // Bob's panel of Ann holds none of Ann's notes
        Api.as(bob).get("/api/members/" + ann.id() + "/contact").then().statusCode(200)
                .body("noteCount", equalTo(0)).body("notes", hasSize(0))
                .body("conversation.lastMessageFromMe", equalTo(true)).body("conversation.unreadCount", equalTo(0));
    }

    @Test
    void someoneIFollow_hasAPanel_withoutConnectionDetails() {
        TestMember ann = TestMember.create();
        TestMember star = TestMember.create();
        Api.as(ann).put("/api/me/following/" + star.id()).then().statusCode(200);
        long post = Api.as(star).body(Map.of("text", "Keynote slides")).post("/api/posts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(ann).post("/api/posts/" + post + "/like").then().statusCode(200);
        Api.as(ann).get("/api/members/" + star.id() + "/contact").then().statusCode(200)
                .body("connected", equalTo(false)).body("following", equalTo(true))
                .body("lastInteraction.kind", equalTo("LIKE_GIVEN"))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("strength")))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("howWeMet")));
    }

    @Test
    void anotherMember_strangers_followersOnly_blocked_andSelf_getNotFound() {
        TestMember ann = TestMember.create();
        TestMember eve = TestMember.create();
        Api.as(ann).get("/api/members/" + eve.id() + "/contact").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(eve).put("/api/me/following/" + ann.id()).then().statusCode(200);
        Api.as(ann).get("/api/members/" + eve.id() + "/contact").then().statusCode(404);
        TestMember bob = TestMember.create();
        Graph.connect(ann, bob);
        Api.as(eve).get("/api/members/" + bob.id() + "/contact").then().statusCode(404);
        Api.as(bob).put("/api/me/blocks/" + ann.id()).then().statusCode(204);
        Api.as(ann).get("/api/members/" + bob.id() + "/contact").then().statusCode(404);
        Api.as(ann).get("/api/members/" + ann.id() + "/contact").then().statusCode(404);
        Api.as(ann).get("/api/members/999999999/contact").then().statusCode(404);
    }
}
