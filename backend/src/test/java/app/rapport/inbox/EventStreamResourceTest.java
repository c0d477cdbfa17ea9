package app.rapport.inbox;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.SseClient;
import app.rapport.support.TestMember;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventStreamResourceTest {

    @TestHTTPResource("/api/me/events")
    URL events;

    String ticket(TestMember m) {
        return Api.as(m).post("/api/me/event-tickets").then().statusCode(201)
                .body("ticket", notNullValue()).body("expiresAt", notNullValue()).extract().jsonPath().getString("ticket");
    }

    SseClient stream(String query, Map<String, String> headers) throws Exception {
        SseClient s = SseClient.open(events + (query == null ? "" : "?" + query), headers);
        return s;
    }

    static long start(TestMember from, TestMember to, String text) {
        return Api.as(from).body(Map.of("recipientId", to.id(), "text", text)).post("/api/conversations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void aTicketOpensTheStreamOnce_andAMessageArrivesLive() throws Exception {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        String ticket = ticket(bob);
        try (SseClient s = stream("ticket=" + ticket, Map.of())) {
            assertEquals(200, s.status());
            assertTrue(s.contentType().startsWith("text/event-stream"), s.contentType());
            long conversation = start(ann, bob, "live!");
            SseClient.Event message = s.next("message", 10_000);
            assertNotNull(message, "no message event");
            JsonPath data = JsonPath.from(message.data());
            assertEquals(conversation, data.getLong("conversationId"));
            assertEquals(ann.id(), data.getLong("senderId"));
            SseClient.Event inbox = s.next("inbox", 10_000);
            assertNotNull(inbox, "no inbox event");
            JsonPath counts = JsonPath.from(inbox.data());
            assertEquals("CONVERSATION", counts.getString("kind"));
            assertEquals(conversation, counts.getLong("referenceId"));
            assertEquals(1, counts.getInt("unreadCounts.conversation"));
            assertTrue(Long.parseLong(inbox.id()) > Long.parseLong(message.id()));
        }
        try (SseClient again = stream("ticket=" + ticket, Map.of())) {
            assertEquals(401, again.status());
        }
    }

    @Test
    void withoutCredentials_orWithABadTicket_isUnauthorized() throws Exception {
        try (SseClient s = stream(null, Map.of())) {
            assertEquals(401, s.status());
        }
        try (SseClient s = stream("ticket=nope", Map.of())) {
            assertEquals(401, s.status());
        }
        Api.anonymous().post("/api/me/event-tickets").then().statusCode(401);
    }

    @Test
    void theAuthorizationHeaderWorks_andLastEventIdCatchesUp() throws Exception {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        Map<String, String> auth = Map.of("Authorization", "Bearer " + bob.token());
        String lastId;
        long conversation;
        try (SseClient s = stream(null, auth)) {
            assertEquals(200, s.status());
            conversation = start(ann, bob, "first");
            lastId = s.next("inbox", 10_000).id();
        }
        // Missed while disconnected:
        long m2 = Api.as(ann).body(Map.of("text", "second")).post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(ann).body(Map.of("text", "third")).post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(201);
        try (SseClient s = stream(null, Map.of("Authorization", "Bearer " + bob.token(), "Last-Event-ID", lastId))) {
            SseClient.Event missed = s.next("message", 10_000);
            assertNotNull(missed);
            assertEquals(m2, JsonPath.from(missed.data()).getLong("messageId"));
            assertEquals(Long.parseLong(lastId) + 1, Long.parseLong(missed.id()));
        }
        // The same with a new ticket and lastEventId (what the SPA does after a drop):
        try (SseClient s = stream("ticket=" + ticket(bob) + "&lastEventId=" + lastId, Map.of())) {
            assertEquals(m2, JsonPath.from(s.next("message", 10_000).data()).getLong("messageId"));
        }
    }

    @Test
    void resumingAfterAnEventNeverSent_asksTheClientToReload() throws Exception {
        TestMember bob = TestMember.create();
        try (SseClient s = stream(null, Map.of("Authorization", "Bearer " + bob.token(), "Last-Event-ID", "999999"))) {
            SseClient.Event resync = s.next(10_000);
            assertNotNull(resync);
            assertEquals("resync", resync.name());
            assertNotNull(JsonPath.from(resync.data()).getString("reason"));
        }
        try (SseClient s = stream(null, Map.of("Authorization", "Bearer " + bob.token(), "Last-Event-ID", "x"))) {
            assertEquals(400, s.status());
        }
    }

    @Test
    void anotherMembersEvents_neverReachMyStream() throws Exception {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember eve = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        try (SseClient s = stream("ticket=" + ticket(eve), Map.of())) {
            start(ann, bob, "not for eve");
            assertEquals(null, s.next(1_500));
        }
        Api.as(eve).get("/api/inbox/counts").then().body("total", equalTo(0));
    }

    @Test
    void aLikeOnMyPost_arrivesLiveAsANotificationEvent_withMyUnreadCount() throws Exception {
        TestMember author = TestMember.create();
        TestMember fan = TestMember.create();
        long post = Api.as(author).body(Map.of("text", "Live notification please")).post("/api/posts").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        try (SseClient s = stream("ticket=" + ticket(author), Map.of())) {
            Api.as(fan).post("/api/posts/" + post + "/like").then().statusCode(200);
            SseClient.Event e = s.next("notification", 10_000);
            assertNotNull(e, "no notification event");
            JsonPath data = JsonPath.from(e.data());
            assertEquals("NEW", data.getString("change"));
            assertEquals(1, data.getInt("unreadCount"));
            long id = data.getLong("notificationId");
            Api.as(author).post("/api/me/notifications/" + id + "/read").then().statusCode(200);
            SseClient.Event read = s.next("notification", 10_000);
            assertNotNull(read, "no read event");
            assertEquals("READ", JsonPath.from(read.data()).getString("change"));
            assertEquals(0, JsonPath.from(read.data()).getInt("unreadCount"));
        }
    }
}
