package app.rapport.inbox;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxResourceTest {

    static final String NOTE = "Hi, we met at the Berlin payments meetup last week and talked about ledger design.";

    static long invite(TestMember from, TestMember to) {
        return Api.as(from).body(Map.of("recipientId", to.id(), "note", NOTE)).post("/api/invitations")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().jsonPath().getLong("id");
    }

    static long start(TestMember from, TestMember to, String text) {
        return Api.as(from).body(Map.of("recipientId", to.id(), "text", text)).post("/api/conversations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath counts(TestMember m) {
        return Api.as(m).get("/api/inbox/counts").then().statusCode(200).extract().jsonPath();
    }

    /** The counters equal what counting the items would give. */
    static void countersAreExact(TestMember m) {
        assertEquals(Sql.count("SELECT count(*) FROM inbox_items WHERE member_id = ? AND unread_count > 0", m.id()),
                counts(m).getInt("total"));
    }

    @Test
    void aRequestReceived_isInTheInboxWithItsScore_andItsDecisionTellsTheSender() {
        TestMember ann = TestMember.create("Ann");
        TestMember bob = TestMember.create("Bob");
        long invitationId = invite(ann, bob);

        Api.as(bob).queryParam("kind", "CONNECTION_REQUEST").get("/api/inbox").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("CONNECTION_REQUEST"))
                .body("items[0].referenceId", equalTo((int) invitationId)).body("items[0].actor.id", equalTo((int) ann.id()))
                .body("items[0].score", notNullValue()).body("items[0].verdict", equalTo("PERSONAL"))
                .body("items[0].unread", equalTo(true)).body("items[0].preview", equalTo(NOTE));
        assertEquals(1, counts(bob).getInt("connectionRequest"));

        Api.as(bob).body(Map.of("message", "Welcome!")).post("/api/invitations/" + invitationId + "/accept")
                .then().statusCode(200);
        Api.as(bob).queryParam("kind", "CONNECTION_REQUEST").get("/api/inbox").then().body("items", hasSize(0));
        assertEquals(0, counts(bob).getInt("connectionRequest"));
        Api.as(ann).queryParam("kind", "OUTCOME").get("/api/inbox").then()
                .body("items", hasSize(1)).body("items[0].outcome", equalTo("ACCEPTED"))
                .body("items[0].actor.id", equalTo((int) bob.id()));
        JsonPath annCounts = counts(ann);
        assertEquals(1, annCounts.getInt("outcome"));
        assertEquals(1, annCounts.getInt("conversation"));
        assertEquals(2, annCounts.getInt("total"));
        countersAreExact(ann);
        countersAreExact(bob);
    }

    @Test
    void makeFollower_tellsTheSenderOnlyThatTheyNowFollow_andWithdrawRemovesTheRequest() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember cat = TestMember.create();
        long toBob = invite(ann, bob);
        long toCat = invite(ann, cat);
        Api.as(bob).post("/api/invitations/" + toBob + "/make-follower").then().statusCode(200);
        Api.as(ann).queryParam("kind", "OUTCOME").get("/api/inbox").then()
                .body("items", hasSize(1)).body("items[0].outcome", equalTo("NOW_FOLLOWING"))
                .body("items[0].preview", equalTo("You now follow them."));

        assertEquals(1, counts(cat).getInt("connectionRequest"));
        Api.as(ann).post("/api/invitations/" + toCat + "/withdraw").then().statusCode(200);
        Api.as(cat).get("/api/inbox").then().body("items", hasSize(0));
        assertEquals(0, counts(cat).getInt("total"));
        Api.as(ann).queryParam("kind", "OUTCOME").get("/api/inbox").then().body("items", hasSize(1));
    }

    @Test
    void invitingBack_acceptsTheFirstRequest_andTellsItsSender() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        invite(ann, bob);
        Api.as(bob).body(Map.of("recipientId", ann.id(), "note", NOTE)).post("/api/invitations").then()
                .statusCode(201).body("status", equalTo("CONNECTED"));
        Api.as(bob).get("/api/inbox").then().body("items", hasSize(0));
        Api.as(ann).get("/api/inbox").then().body("items", hasSize(1)).body("items[0].outcome", equalTo("ACCEPTED"));
    }

    @Test
    void conversations_countUnreadMessages_andReadingClearsThem() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember cat = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        Sql.connect(cat.id(), bob.id());
        long withAnn = start(ann, bob, "one");
        start(ann, bob, "two");
        long withCat = start(cat, bob, "hello from cat");

        var inbox = Api.as(bob).get("/api/inbox").then().statusCode(200).body("items", hasSize(2))
                .body("items[0].referenceId", equalTo((int) withCat)).body("items[0].unreadCount", equalTo(1))
                .body("items[1].referenceId", equalTo((int) withAnn)).body("items[1].unreadCount", equalTo(2))
                .body("items[1].preview", equalTo("two")).extract().jsonPath();
        assertEquals(2, counts(bob).getInt("conversation"));
        Api.as(ann).get("/api/inbox").then().body("items[0].unread", equalTo(false));
        assertEquals(0, counts(ann).getInt("total"));

        // Reading the conversation clears its item...
        long last = Sql.longs("SELECT max(id) FROM messages WHERE conversation_id = ?", withAnn).get(0);
        Api.as(bob).body(Map.of("upToMessageId", last)).post("/api/conversations/" + withAnn + "/read").then().statusCode(200);
        assertEquals(1, counts(bob).getInt("conversation"));
        // ...and marking the item read reads the conversation.
        long catItem = inbox.getLong("items[0].id");
        Api.as(bob).post("/api/inbox/" + catItem + "/read").then().statusCode(200)
                .body("unread", equalTo(false)).body("unreadCount", equalTo(0));
        Api.as(bob).get("/api/conversations/" + withCat).then().body("unreadCount", equalTo(0));
        assertEquals(0, counts(bob).getInt("total"));

        Api.as(bob).queryParam("unread", true).get("/api/inbox").then().body("items", hasSize(0));
        countersAreExact(bob);
    }

    @Test
    void markEverythingRead_ofOneKindOrAll() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember cat = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        long conversation = start(ann, bob, "hi");
        invite(cat, bob);
        Api.as(bob).body(Map.of("kind", "CONNECTION_REQUEST")).post("/api/inbox/read").then().statusCode(200)
                .body("connectionRequest", equalTo(0)).body("conversation", equalTo(1)).body("total", equalTo(1));
        Api.as(bob).body(Map.of()).post("/api/inbox/read").then().statusCode(200).body("total", equalTo(0));
        Api.as(bob).get("/api/conversations/" + conversation).then().body("unreadCount", equalTo(0));
        countersAreExact(bob);
    }

    @Test
    void anotherMember_cannotReadOrMarkMyItems() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember eve = TestMember.create();
        invite(ann, bob);
        long item = Api.as(bob).get("/api/inbox").then().extract().jsonPath().getLong("items[0].id");
        Api.as(eve).post("/api/inbox/" + item + "/read").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        Api.as(eve).get("/api/inbox").then().body("items", hasSize(0));
        assertEquals(1, counts(bob).getInt("connectionRequest"));
    }

    @Test
    void aBlock_removesWhatEitherHadAboutTheOther() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        start(ann, bob, "hi");
        start(bob, ann, "hi back");
        assertEquals(1, counts(ann).getInt("total"));
        Api.as(ann).put("/api/me/blocks/" + bob.id()).then().statusCode(204);
        Api.as(ann).get("/api/inbox").then().body("items", hasSize(0));
        Api.as(bob).get("/api/inbox").then().body("items", hasSize(0));
        assertEquals(0, counts(ann).getInt("total"));
        countersAreExact(bob);
    }

    @Test
    void anUnblock_bringsBackTheConversationAsItStands_onceNeitherBlocks() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        start(ann, bob, "hi");
        start(bob, ann, "hi back");
        Api.as(ann).put("/api/me/blocks/" + bob.id()).then().statusCode(204);
        // Bob blocked Ann too (before hers: once she blocked him, she no longer exists for him)
        Sql.exec("INSERT INTO blocks (blocker_id, blocked_id) VALUES (?, ?)", bob.id(), ann.id());
        // Ann lifts hers: Bob still blocks her, so nothing comes back yet, for either
        Api.as(ann).delete("/api/me/blocks/" + bob.id()).then().statusCode(204);
        Api.as(ann).get("/api/inbox").then().body("items", hasSize(0));
        Api.as(bob).get("/api/inbox").then().body("items", hasSize(0));
        // Bob lifts his: both conversation items return without any new message
        Api.as(bob).delete("/api/me/blocks/" + ann.id()).then().statusCode(204);
        Api.as(ann).get("/api/inbox").then().body("items", hasSize(1))
                .body("items[0].kind", equalTo("CONVERSATION")).body("items[0].preview", equalTo("hi back"))
                .body("items[0].unread", equalTo(true)).body("items[0].actor.id", equalTo((int) bob.id()));
        Api.as(bob).get("/api/inbox").then().body("items", hasSize(1)).body("items[0].preview", equalTo("hi back"));
        assertEquals(1, counts(ann).getInt("conversation"));
        countersAreExact(ann);
        countersAreExact(bob);
        // lifting a block that is not there any more changes nothing
        Api.as(bob).delete("/api/me/blocks/" + ann.id()).then().statusCode(204);
        Api.as(ann).get("/api/inbox").then().body("items", hasSize(1));
    }

    @Test
    void countersStayExact_whenAMemberGoes() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        start(ann, bob, "hi");
        assertEquals(1, counts(bob).getInt("conversation"));
        Sql.exec("DELETE FROM members WHERE id = ?", ann.id());
        assertEquals(0, counts(bob).getInt("total"));
        countersAreExact(bob);
    }

    @Test
    void pagesNewestActivityFirst() {
        TestMember bob = TestMember.create();
        for (int i = 0; i < 5; i++) {
            TestMember m = TestMember.create();
            Sql.connect(m.id(), bob.id());
            start(m, bob, "hello " + i);
        }
        var first = Api.as(bob).queryParam("limit", 3).get("/api/inbox").then().body("items", hasSize(3))
                .body("items[0].preview", equalTo("hello 4")).extract().jsonPath();
        Api.as(bob).queryParam("limit", 3).queryParam("cursor", first.getString("nextCursor")).get("/api/inbox")
                .then().body("items", hasSize(2)).body("items[1].preview", equalTo("hello 0"));
        Api.as(bob).queryParam("kind", "NOPE").get("/api/inbox").then().statusCode(400);
    }
}
