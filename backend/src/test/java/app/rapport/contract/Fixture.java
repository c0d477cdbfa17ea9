package app.rapport.contract;

import app.rapport.support.Api;
import app.rapport.support.ContractModel;
import app.rapport.support.Graph;
import app.rapport.support.TestMember;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The small world one baseline call needs, made through the API on first use: the acting
 * member ({@link #me}), people around them, and their things. What is private to {@code me}
 * (a tag, a note, a connections-only post...) is recorded on the call, so the authorization
 * matrix knows which calls another member must not get through.
 */
public final class Fixture {

    private static final String PERSONAL_NOTE = "Hi, we met at the Lisbon product meetup last spring; your pricing talk stayed with me.";

    private final Map<String, Object> made = new HashMap<>();
    private Call call;

    @SuppressWarnings("unchecked")
    private <T> T once(String key, Supplier<T> make) {
        if (!made.containsKey(key)) {
            made.put(key, make.get());
        }
        return (T) made.get(key);
    }

    /** Private things go through here: the call records that it names one. */
    private long privately(String key, Supplier<Long> make) {
        long id = once(key, make);
        if (call != null && !call.privateThings.contains(key)) {
            call.privateThings.add(key);
        }
        return id;
    }

    Call start(String operationId) {
        call = new Call(ContractModel.operation(operationId), me());
        return call;
    }

    /** The member who sends the call. */
    public TestMember me() {
        return once("me", () -> TestMember.create("Baseline Member"));
    }

    /** A member connected with me (and following each other). */
    public TestMember friend() {
        return once("friend", () -> {
            TestMember f = TestMember.create("Fixture Friend");
            Graph.connect(me(), f);
            return f;
        });
    }

    /** A member I have nothing to do with. */
    public TestMember stranger() {
        return once("stranger", () -> TestMember.create("Fixture Stranger"));
    }

    /** A member I follow, without a connection. */
    public TestMember followed() {
        return once("followed", () -> {
            TestMember f = TestMember.create("Fixture Followed");
            Graph.follow(me(), f);
            return f;
        });
    }

    public TestMember blocked() {
        return once("blocked", () -> {
            TestMember b = TestMember.create("Fixture Blocked");
            Api.as(me()).put("/api/me/blocks/" + b.id()).then().statusCode(204);
            return b;
        });
    }

    /** A member of the friend's network who is not mine: a 2nd-degree member. */
    public TestMember secondDegree() {
        return once("secondDegree", () -> {
            TestMember t = TestMember.create("Fixture Second");
            Graph.connect(friend(), t);
            return t;
        });
    }

    /** My post, shown to my connections only. */
    public long post() {
        return privately("post", () -> Api.as(me()).body(Map.of("text", "Fixture post", "visibility", "CONNECTIONS"))
                .post("/api/posts").then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    /** A public post of my friend's (one I may reshare). */
    public long friendsPublicPost() {
        return once("friendsPublicPost", () -> Api.as(friend()).body(Map.of("text", "Public fixture post", "visibility", "PUBLIC"))
                .post("/api/posts").then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    /** My comment on my connections-only post. */
    public long comment() {
        long postId = post();
        return privately("comment", () -> Api.as(me()).body(Map.of("text", "Fixture comment"))
                .post("/api/posts/" + postId + "/comments").then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    /** My tag, on my friend. */
    public long tag() {
        return privately("tag", () -> {
            long id = Api.as(me()).body(Map.of("name", "Fixture tag")).post("/api/tags").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            Api.as(me()).put("/api/tags/" + id + "/members/" + friend().id()).then().statusCode(200);
            return id;
        });
    }

    public long view() {
        long tagId = tag();
        return privately("view", () -> Api.as(me()).body(Map.of("name", "Fixture view", "tagIds", List.of(tagId)))
                .post("/api/tag-views").then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    /** My private note on my friend. */
    public long note() {
        return privately("note", () -> Api.as(me()).body(Map.of("text", "Fixture note"))
                .post("/api/members/" + friend().id() + "/notes").then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    /** My conversation with my friend: one message each way. */
    public long conversation() {
        return privately("conversation", () -> {
            long id = Api.as(me()).body(Map.of("recipientId", friend().id(), "text", "Fixture message"))
                    .post("/api/conversations").then().statusCode(201).extract().jsonPath().getLong("id");
            Api.as(friend()).body(Map.of("text", "Fixture answer")).post("/api/conversations/" + id + "/messages")
                    .then().statusCode(201);
            return id;
        });
    }

    public long lastMessage() {
        long id = conversation();
        return Api.as(me()).get("/api/conversations/" + id + "/messages").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    /** A pending request someone sent me. */
    public long receivedInvitation() {
        return privately("receivedInvitation", () -> {
            TestMember sender = TestMember.create("Fixture Sender");
            return Api.as(sender).body(Map.of("recipientId", me().id(), "note", PERSONAL_NOTE))
                    .post("/api/invitations").then().statusCode(201).extract().jsonPath().getLong("id");
        });
    }

    /** A pending request I sent. */
    public long sentInvitation() {
        return privately("sentInvitation", () -> {
            TestMember recipient = TestMember.create("Fixture Recipient");
            return Api.as(me()).body(Map.of("recipientId", recipient.id(), "note", PERSONAL_NOTE))
                    .post("/api/invitations").then().statusCode(201).extract().jsonPath().getLong("id");
        });
    }

    public String personalNote() {
        return PERSONAL_NOTE;
    }

    /** An item of my inbox (the request I received). */
    public long inboxItem() {
        receivedInvitation();
        return privately("inboxItem", () -> Api.as(me()).get("/api/inbox").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id"));
    }

    public long accessToken() {
        return privately("accessToken", () -> Api.as(me()).body(Map.of("name", "Fixture token", "scopes", List.of("READ")))
                .post("/api/me/access-tokens").then().statusCode(201).extract().jsonPath().getLong("token.id"));
    }

    /** Another of my log-in sessions. */
    public long otherSession() {
        return privately("otherSession", () -> {
            Api.anonymous().body(Map.of("email", me().email(), "password", TestMember.PASSWORD))
                    .post("/api/tokens").then().statusCode(200);
            JsonPath sessions = Api.as(me()).get("/api/me/sessions").then().statusCode(200).extract().jsonPath();
            return sessions.getLong("items.find { !it.current }.id");
        });
    }

    public long position() {
        return privately("position", () -> Api.as(me()).body(Map.of("title", "Engineer", "company", "Fixture Co",
                        "startDate", "2020-01-01", "announce", false))
                .post("/api/me/positions").then().statusCode(201).extract().jsonPath().getLong("id"));
    }

    public String eventTicket() {
        return once("ticket", () -> Api.as(me()).post("/api/me/event-tickets").then().statusCode(201)
                .extract().jsonPath().getString("ticket"));
    }

    /** A notification of mine: a stranger began to follow me. */
    public long notification() {
        return privately("notification", () -> {
            TestMember fan = TestMember.create("Fixture Fan");
            Api.as(fan).put("/api/me/following/" + me().id()).then().statusCode(200);
            return Api.as(me()).get("/api/me/notifications").then().statusCode(200)
                    .extract().jsonPath().getLong("items[0].id");
        });
    }

    /** A member who is in my contacts file: matched on their email. */
    public TestMember colleague() {
        return once("colleague", () -> TestMember.create("Fixture Colleague"));
    }

    /** My contacts file (LinkedIn's Connections.csv): my colleague, who is a member, and someone who is not. */
    public String connectionsCsv() {
        return "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
               + "Fixture,Colleague,," + colleague().email() + ",Fixture Co,Engineer,02 Dec 2026\n"
               + "Nadia,Notyet,,,Elsewhere Ltd,Designer,01 Dec 2026\n";
    }

    /** My import of that file: one match waiting for confirmation. */
    public long networkImport() {
        return privately("networkImport", () -> Api.as(me()).contentType("text/csv").body(connectionsCsv())
                .queryParam("fileName", "Connections.csv").post("/api/me/network-imports").then().statusCode(201)
                .extract().jsonPath().getLong("id"));
    }

    /** The row of my import that matched my colleague. */
    public long importMatch() {
        long importId = networkImport();
        return privately("importMatch", () -> Api.as(me()).queryParam("status", "MATCHED")
                .get("/api/me/network-imports/" + importId + "/rows").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id"));
    }

    /** My friend, whom I keep: out of the relationship review. */
    public TestMember keptFriend() {
        return once("keptFriend", () -> {
            Api.as(me()).body(Map.of("memberIds", List.of(friend().id()))).post("/api/me/relationships/keep")
                    .then().statusCode(200);
            return friend();
        });
    }

    /** Where I stand in an introduction. */
    public enum Role { REQUESTER, BROKER, TARGET }

    /**
     * An introduction with me in the given role, pending (and, for the target, forwarded to me):
     * requester and broker are connected, broker and target are, requester and target are not.
     */
    public long introduction(Role role) {
        return privately("introduction", () -> {
            TestMember requester = role == Role.REQUESTER ? me() : TestMember.create("Fixture Requester");
            TestMember broker = role == Role.BROKER ? me() : TestMember.create("Fixture Broker");
            TestMember target = role == Role.TARGET ? me() : TestMember.create("Fixture Target");
            Graph.connect(requester, broker);
            Graph.connect(broker, target);
            long id = Api.as(requester).body(Map.of("brokerId", broker.id(), "targetId", target.id(),
                            "message", "Could you introduce us? We both work on payments."))
                    .post("/api/introductions").then().statusCode(201).extract().jsonPath().getLong("id");
            if (role == Role.TARGET) {
                Api.as(broker).body(Map.of("note", "You two should talk.")).post("/api/introductions/" + id + "/forward")
                        .then().statusCode(200);
            }
            return id;
        });
    }
}
