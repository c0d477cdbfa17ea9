package app.rapport.messages;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConversationResourceTest {

    static final String NOTE = "Hi, we met at the Berlin payments meetup last week and talked about ledger design.";

    @Inject
    ConversationService conversations;

    static long start(TestMember from, TestMember to, String text) {
        return Api.as(from).body(Map.of("recipientId", to.id(), "text", text)).post("/api/conversations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long send(TestMember from, long conversationId, String text) {
        return Api.as(from).body(Map.of("text", text)).post("/api/conversations/" + conversationId + "/messages")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long invite(TestMember from, TestMember to) {
        return Api.as(from).body(Map.of("recipientId", to.id(), "note", NOTE)).post("/api/invitations")
                .then().statusCode(201).body("status", equalTo("PENDING")).extract().jsonPath().getLong("id");
    }

    @Test
    void connections_writeToEachOther_inOneConversation_newestFirstWithKeysetPages() {
        TestMember ann = TestMember.create("Ann");
        TestMember bob = TestMember.create("Bob");
        Sql.connect(ann.id(), bob.id());

        long id = start(ann, bob, "Hello Bob");
        assertEquals(id, start(bob, ann, "Hello Ann"), "one conversation per pair, whoever starts");
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sent.add(send(i % 2 == 0 ? ann : bob, id, "message " + i));
        }

        Api.as(ann).get("/api/conversations/" + id).then().statusCode(200)
                .body("member.id", equalTo((int) bob.id())).body("openedBy", equalTo("CONNECTION"))
                .body("canWrite", equalTo(true)).body("lastMessage.text", equalTo("message 4"))
                .body("lastMessage.mine", equalTo(true)).body("lastMessage.kind", equalTo("MESSAGE"));
        var page1 = Api.as(ann).queryParam("limit", 3).get("/api/conversations/" + id + "/messages")
                .then().statusCode(200).body("items", hasSize(3)).body("items[0].text", equalTo("message 4"))
                .body("nextCursor", notNullValue()).extract().jsonPath();
        Api.as(ann).queryParam("limit", 3).queryParam("cursor", page1.getString("nextCursor"))
                .get("/api/conversations/" + id + "/messages").then().statusCode(200)
                .body("items", hasSize(3)).body("items[0].text", equalTo("message 1"))
                .body("items[2].text", equalTo("Hello Ann")).body("nextCursor", notNullValue());
        Api.as(bob).queryParam("limit", 3).get("/api/conversations/" + id + "/messages").then()
                .body("items[0].mine", equalTo(false)).body("items[0].senderId", equalTo((int) ann.id()));

        Api.as(ann).get("/api/conversations").then().statusCode(200)
                .body("items[0].id", equalTo((int) id));
        Api.as(ann).queryParam("memberId", bob.id()).get("/api/conversations").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo((int) id));
    }

    @Test
    void replying_readsWhatCameBefore_soTheRepliersUnreadCountIsZero() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        long id = start(ann, bob, "one");
        send(ann, id, "two");
        long reply = send(bob, id, "a reply");
        Api.as(bob).get("/api/conversations/" + id).then().body("unreadCount", equalTo(0))
                .body("readUpToMessageId", equalTo((int) reply));
        Api.as(ann).get("/api/conversations/" + id).then().body("unreadCount", equalTo(1));
    }

    @Test
    void readUpTo_movesForwardOnly_andCountsWhatIsLeft() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        long id = start(ann, bob, "one");
        long m2 = send(ann, id, "two");
        long m3 = send(ann, id, "three");
        Api.as(bob).get("/api/conversations/" + id).then().body("unreadCount", equalTo(3))
                .body("readUpToMessageId", nullValue());
        Api.as(ann).get("/api/conversations/" + id).then().body("unreadCount", equalTo(0));

        Api.as(bob).body(Map.of("upToMessageId", m2)).post("/api/conversations/" + id + "/read")
                .then().statusCode(200).body("unreadCount", equalTo(1)).body("readUpToMessageId", equalTo((int) m2));
        Api.as(bob).body(Map.of("upToMessageId", m2 - 1)).post("/api/conversations/" + id + "/read")
                .then().statusCode(200).body("unreadCount", equalTo(1)).body("readUpToMessageId", equalTo((int) m2));
        Api.as(bob).body(Map.of("upToMessageId", m3)).post("/api/conversations/" + id + "/read")
                .then().statusCode(200).body("unreadCount", equalTo(0));

        long other = start(ann, connected(ann), "elsewhere");
        long foreign = Sql.longs("SELECT last_message_id FROM conversation_members WHERE conversation_id = ? LIMIT 1", other).get(0);
        Api.as(bob).body(Map.of("upToMessageId", foreign)).post("/api/conversations/" + id + "/read")
                .then().statusCode(400).body("errors[0].field", equalTo("upToMessageId"));
    }

    private static TestMember connected(TestMember to) {
        TestMember m = TestMember.create();
        Sql.connect(m.id(), to.id());
        return m;
    }

    @Test
    void aThirdMember_seesNothingOfAConversation() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember eve = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        Sql.connect(ann.id(), eve.id());
        long id = start(ann, bob, "private");
        long messageId = send(ann, id, "still private");

        Api.as(eve).get("/api/conversations/" + id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        Api.as(eve).get("/api/conversations/" + id + "/messages").then().statusCode(404);
        Api.as(eve).body(Map.of("text", "let me in")).post("/api/conversations/" + id + "/messages").then().statusCode(404);
        Api.as(eve).body(Map.of("upToMessageId", messageId)).post("/api/conversations/" + id + "/read").then().statusCode(404);
        Api.as(eve).queryParam("memberId", bob.id()).get("/api/conversations").then().statusCode(200).body("items", hasSize(0));
        assertEquals(2, Sql.count("SELECT count(*) FROM messages WHERE conversation_id = ?", id));
    }

    @Test
    void aNonConnection_cannotStartAConversation() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.exec("INSERT INTO follows (follower_id, followee_id) VALUES (?, ?)", ann.id(), bob.id());

        Api.as(ann).body(Map.of("recipientId", bob.id(), "text", "Buy my product")).post("/api/conversations")
                .then().statusCode(422).contentType("application/problem+json").body("code", equalTo("CANNOT_MESSAGE"));
        Api.as(ann).body(Map.of("recipientId", ann.id(), "text", "me")).post("/api/conversations")
                .then().statusCode(422).body("code", equalTo("CANNOT_MESSAGE_SELF"));
        Api.as(ann).body(Map.of("recipientId", 9_000_000_000L, "text", "anyone?")).post("/api/conversations")
                .then().statusCode(404);
        assertEquals(0, Sql.count("SELECT count(*) FROM conversations WHERE member_a_id = ? OR member_b_id = ?",
                ann.id(), ann.id()));
    }

    @Test
    void theSenderOfAPendingRequest_cannotWriteFirst() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        invite(ann, bob);
        Api.as(ann).body(Map.of("recipientId", bob.id(), "text", "Did you see my request?")).post("/api/conversations")
                .then().statusCode(422).body("code", equalTo("CANNOT_MESSAGE"));
    }

    @Test
    void replyInsidePendingRequest_keepsItPending_andBothMayWriteWhileItIs() {
        TestMember ann = TestMember.create("Ann");
        TestMember bob = TestMember.create("Bob");
        long invitationId = invite(ann, bob);

        var reply = Api.as(bob).body(Map.of("text", "How do we know each other?"))
                .post("/api/invitations/" + invitationId + "/messages").then().statusCode(201)
                .body("mine", equalTo(true)).body("senderId", equalTo((int) bob.id())).extract().jsonPath();
        long id = reply.getLong("conversationId");
        Api.as(bob).get("/api/invitations/received").then().body("items[0].id", equalTo((int) invitationId))
                .body("items[0].state", equalTo("PENDING"));

        Api.as(ann).get("/api/conversations/" + id).then().statusCode(200).body("openedBy", equalTo("INVITATION"))
                .body("canWrite", equalTo(true)).body("unreadCount", equalTo(1));
        send(ann, id, "The Berlin meetup, ledger design!");
        start(bob, ann, "Ah right, I remember.");
        Api.as(ann).get("/api/conversations/" + id + "/messages").then().body("items", hasSize(3));

        // Made a follower: the history stays, writing stops for both.
        Api.as(bob).post("/api/invitations/" + invitationId + "/make-follower").then().statusCode(200);
        Api.as(ann).get("/api/conversations/" + id).then().statusCode(200).body("canWrite", equalTo(false));
        Api.as(ann).body(Map.of("text", "Hello?")).post("/api/conversations/" + id + "/messages")
                .then().statusCode(422).body("code", equalTo("CANNOT_MESSAGE"));
        Api.as(bob).body(Map.of("text", "Bye")).post("/api/conversations/" + id + "/messages")
                .then().statusCode(422).body("code", equalTo("CANNOT_MESSAGE"));
        Api.as(bob).get("/api/conversations/" + id + "/messages").then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void replyInsideARequest_onlyByItsRecipient_andOnlyWhilePending() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember eve = TestMember.create();
        long invitationId = invite(ann, bob);
        Api.as(ann).body(Map.of("text", "from the sender")).post("/api/invitations/" + invitationId + "/messages")
                .then().statusCode(404);
        Api.as(eve).body(Map.of("text", "from a stranger")).post("/api/invitations/" + invitationId + "/messages")
                .then().statusCode(404);
        Api.as(ann).post("/api/invitations/" + invitationId + "/withdraw").then().statusCode(200);
        Api.as(bob).body(Map.of("text", "too late")).post("/api/invitations/" + invitationId + "/messages")
                .then().statusCode(409).body("code", equalTo("INVITATION_ALREADY_DECIDED"));
        assertEquals(0, Sql.count("SELECT count(*) FROM conversations WHERE member_a_id = ? OR member_b_id = ?",
                bob.id(), bob.id()));
    }

    @Test
    void acceptWithReply_opensTheConversationWithThatMessage() {
        TestMember ann = TestMember.create("Ann");
        TestMember bob = TestMember.create("Bob");
        long invitationId = invite(ann, bob);
        Api.as(bob).body(Map.of("message", "Great to connect, Ann! Coffee next week?"))
                .post("/api/invitations/" + invitationId + "/accept").then().statusCode(200)
                .body("state", equalTo("ACCEPTED"));

        var list = Api.as(ann).queryParam("memberId", bob.id()).get("/api/conversations").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].openedBy", equalTo("CONNECTION"))
                .body("items[0].unreadCount", equalTo(1))
                .body("items[0].lastMessage.text", equalTo("Great to connect, Ann! Coffee next week?"))
                .body("items[0].lastMessage.senderId", equalTo((int) bob.id())).extract().jsonPath();
        send(ann, list.getLong("items[0].id"), "Sure!");
    }

    @Test
    void acceptWithoutBody_stillWorks_andOpensNoConversation() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        long invitationId = invite(ann, bob);
        Api.as(bob).post("/api/invitations/" + invitationId + "/accept").then().statusCode(200)
                .body("state", equalTo("ACCEPTED"));
        Api.as(ann).get("/api/conversations").then().body("items", hasSize(0));
        start(ann, bob, "Thanks for accepting");
    }

    @Test
    void acceptWithBlankOrTooLongReply_isRefused_andLeavesTheRequestPending() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        long invitationId = invite(ann, bob);
        Api.as(bob).body(Map.of("message", "   ")).post("/api/invitations/" + invitationId + "/accept")
                .then().statusCode(400).body("errors[0].field", equalTo("message"));
        Api.as(bob).body(Map.of("message", "x".repeat(8001))).post("/api/invitations/" + invitationId + "/accept")
                .then().statusCode(400);
        Api.as(bob).get("/api/invitations/received").then().body("items[0].state", equalTo("PENDING"));
    }

    @Test
    void aBlock_endsTheConversationBothWays() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        long id = start(ann, bob, "hi");
        Api.as(bob).put("/api/me/blocks/" + ann.id()).then().statusCode(204);

        for (TestMember m : List.of(ann, bob)) {
            Api.as(m).get("/api/conversations/" + id).then().statusCode(404);
            Api.as(m).get("/api/conversations/" + id + "/messages").then().statusCode(404);
            Api.as(m).body(Map.of("text", "still there?")).post("/api/conversations/" + id + "/messages")
                    .then().statusCode(404);
            Api.as(m).get("/api/conversations").then().body("items", hasSize(0));
        }
        Api.as(ann).body(Map.of("recipientId", bob.id(), "text", "hello?")).post("/api/conversations").then().statusCode(404);
        Api.as(bob).body(Map.of("recipientId", ann.id(), "text", "hello?")).post("/api/conversations").then().statusCode(404);

        // Unblocked and connected again: the history is back.
        Api.as(bob).delete("/api/me/blocks/" + ann.id()).then().statusCode(204);
        Sql.connect(ann.id(), bob.id());
        Api.as(ann).get("/api/conversations/" + id + "/messages").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aRemovedConnection_leavesTheHistoryReadable_butWritingStops() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        long id = start(ann, bob, "hi");
        Api.as(ann).delete("/api/me/connections/" + bob.id()).then().statusCode(204);
        Api.as(bob).get("/api/conversations/" + id).then().statusCode(200).body("canWrite", equalTo(false));
        Api.as(bob).body(Map.of("text", "hey")).post("/api/conversations/" + id + "/messages")
                .then().statusCode(422).body("code", equalTo("CANNOT_MESSAGE"));
    }

    @Test
    void text_isRequired_andAtMost8000Characters() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        long id = start(ann, bob, "x".repeat(8000));
        Api.as(ann).body(Map.of("text", "x".repeat(8001))).post("/api/conversations/" + id + "/messages")
                .then().statusCode(400).body("errors[0].field", notNullValue());
        Api.as(ann).body(Map.of("text", "  ")).post("/api/conversations/" + id + "/messages").then().statusCode(400);
        Api.as(ann).body(Map.of("recipientId", bob.id())).post("/api/conversations").then().statusCode(400);
    }

    @Test
    void anAcceptedIntroduction_letsTheTwoWrite_withTheBrokersNoteFirst() {
        TestMember broker = TestMember.create("Bea Broker");
        TestMember requester = TestMember.create("Rick");
        TestMember target = TestMember.create("Tara");
        long id = QuarkusTransaction.requiringNew().call(() -> conversations.openForIntroduction(broker.id(),
                requester.id(), target.id(), "Rick, meet Tara: you both build ledgers."));

        Api.as(target).get("/api/conversations/" + id).then().statusCode(200)
                .body("openedBy", equalTo("INTRODUCTION")).body("introducedBy.id", equalTo((int) broker.id()))
                .body("canWrite", equalTo(true)).body("unreadCount", equalTo(1))
                .body("lastMessage.kind", equalTo("INTRODUCTION")).body("lastMessage.mine", equalTo(false));
        Api.as(requester).get("/api/conversations/" + id + "/messages").then()
                .body("items[0].senderId", equalTo((int) broker.id()));
        send(requester, id, "Hi Tara!");
        send(target, id, "Hi Rick!");
        Api.as(broker).get("/api/conversations/" + id).then().statusCode(404);
    }
}
