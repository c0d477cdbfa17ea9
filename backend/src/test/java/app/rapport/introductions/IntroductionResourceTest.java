package app.rapport.introductions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Graph;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntroductionResourceTest {

    static final String MESSAGE = "Hi Bea, could you introduce me to Carl? I'd love his view on ledger design for our payments team.";
    static final String NOTE = "Carl, meet Ann: she builds payment ledgers and I think you two should talk.";

    /** A requester (Ann), a broker (Bea) connected to both, and a 2nd-degree target (Carl). */
    record Triangle(TestMember requester, TestMember broker, TestMember target) {
        static Triangle make() {
            Triangle t = new Triangle(TestMember.create("Ann Requester"), TestMember.create("Bea Broker"),
                    TestMember.create("Carl Target"));
            Graph.connect(t.requester, t.broker);
            Graph.connect(t.broker, t.target);
            return t;
        }
    }

    static Response ask(TestMember from, TestMember broker, TestMember target, String message) {
        return Api.as(from).body(Map.of("brokerId", broker.id(), "targetId", target.id(), "message", message))
                .post("/api/introductions");
    }

    static long asked(Triangle t) {
        return ask(t.requester, t.broker, t.target, MESSAGE).then().statusCode(201)
                .body("status", equalTo("REQUESTED")).body("role", equalTo("REQUESTER"))
                .extract().jsonPath().getLong("id");
    }

    static Response forward(TestMember broker, long id, boolean includeMessage) {
        return Api.as(broker).body(Map.of("note", NOTE, "includeMessage", includeMessage))
                .post("/api/introductions/" + id + "/forward");
    }

    static long forwarded(Triangle t, boolean includeMessage) {
        long id = asked(t);
        forward(t.broker, id, includeMessage).then().statusCode(200).body("status", equalTo("FORWARDED"));
        return id;
    }

    static void setPolicy(TestMember m, String policy) {
        Api.as(m).body(Map.of("invitationPolicy", policy, "autoFollowGeneric", false))
                .put("/api/me/invitation-settings").then().statusCode(200);
    }

    // ---- the happy path ------------------------------------------------------------------

    @Test
    void askForwardAccept_connectsRequesterAndTarget() {
        Triangle t = Triangle.make();
        long id = asked(t);
        Api.as(t.broker).get("/api/introductions/" + id).then().statusCode(200)
                .body("role", equalTo("BROKER")).body("message", equalTo(MESSAGE)).body("brokerNote", nullValue())
                .body("statusText", containsString("asks you to introduce them"));
        forward(t.broker, id, false).then().statusCode(200).body("brokerNote", equalTo(NOTE))
                .body("messageShared", equalTo(false)).body("forwardedAt", notNullValue());

        Api.as(t.target).get("/api/introductions/" + id).then().statusCode(200)
                .body("role", equalTo("TARGET")).body("status", equalTo("FORWARDED"))
                .body("brokerNote", equalTo(NOTE)).body("message", nullValue())
                .body("requester.id", equalTo((int) t.requester.id()));
        Api.as(t.requester).get("/api/introductions/" + id).then()
                .body("status", equalTo("FORWARDED")).body("brokerNote", nullValue());

        long conversation = Api.as(t.target).post("/api/introductions/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("result", equalTo("CONNECTED")).body("decidedAt", notNullValue())
                .body("conversationId", notNullValue()).extract().jsonPath().getLong("conversationId");
        // a conversation opened between the two, with the broker's note as its first item
        Api.as(t.requester).get("/api/conversations/" + conversation + "/messages").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("INTRODUCTION"))
                .body("items[0].text", equalTo(NOTE)).body("items[0].senderId", equalTo((int) t.broker.id()));
        Api.as(t.requester).body(Map.of("text", "Hi Carl, thanks for accepting!"))
                .post("/api/conversations/" + conversation + "/messages").then().statusCode(201);
        Api.as(t.broker).get("/api/conversations/" + conversation).then().statusCode(404);
        Api.as(t.broker).get("/api/introductions/" + id).then().body("conversationId", nullValue());
        assertEquals(1, Sql.count("SELECT count(*) FROM connections WHERE member_a_id = ? AND member_b_id = ?",
                Math.min(t.requester.id(), t.target.id()), Math.max(t.requester.id(), t.target.id())));
        Api.as(t.requester).get("/api/me").then().body("connectionCount", equalTo(2));
        Api.as(t.requester).get("/api/introductions/" + id).then()
                .body("status", equalTo("ACCEPTED")).body("brokerNote", equalTo(NOTE))
                .body("statusText", containsString("now connected"));
        // how they met, on both sides of the new connection
        Api.as(t.requester).get("/api/members/" + t.target.id() + "/contact").then().statusCode(200)
                .body("howWeMet.kind", equalTo("INTRODUCED")).body("howWeMet.introducedBy.id", equalTo((int) t.broker.id()))
                .body("introductions", hasSize(1));
        Api.as(t.target).get("/api/members/" + t.requester.id() + "/contact").then()
                .body("howWeMet.text", equalTo("Introduced by Bea Broker."));
    }

    @Test
    void inbox_tellsTheBroker_thenTheTarget_andTheRequesterOfEachStep_neverWhoDeclined() {
        Triangle t = Triangle.make();
        long id = asked(t);
        Api.as(t.broker).queryParam("kind", "INTRODUCTION_AS_BROKER").get("/api/inbox").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].referenceId", equalTo((int) id))
                .body("items[0].actor.id", equalTo((int) t.requester.id())).body("items[0].preview", equalTo(MESSAGE))
                .body("items[0].unread", equalTo(true));
        Api.as(t.broker).get("/api/inbox/counts").then().body("introductionAsBroker", equalTo(1));
        Api.as(t.target).get("/api/inbox").then().body("items", hasSize(0));

        forward(t.broker, id, false).then().statusCode(200);
        Api.as(t.broker).queryParam("kind", "INTRODUCTION_AS_BROKER").get("/api/inbox").then().body("items", hasSize(0));
        Api.as(t.target).queryParam("kind", "INTRODUCTION_AS_TARGET").get("/api/inbox").then()
                .body("items", hasSize(1)).body("items[0].actor.id", equalTo((int) t.broker.id()))
                .body("items[0].preview", equalTo(NOTE));
        Api.as(t.requester).queryParam("kind", "OUTCOME").get("/api/inbox").then()
                .body("items", hasSize(1)).body("items[0].outcome", equalTo("INTRODUCTION_FORWARDED"));

        Api.as(t.target).post("/api/introductions/" + id + "/decline").then().statusCode(200);
        Api.as(t.target).queryParam("kind", "INTRODUCTION_AS_TARGET").get("/api/inbox").then().body("items", hasSize(0));
        Api.as(t.requester).queryParam("kind", "OUTCOME").get("/api/inbox").then()
                .body("items", hasSize(1)).body("items[0].outcome", equalTo("INTRODUCTION_DECLINED"))
                .body("items[0].actor.id", equalTo((int) t.target.id()));

        // a broker who declines is not named either
        Triangle u = Triangle.make();
        long other = asked(u);
        Api.as(u.broker).post("/api/introductions/" + other + "/decline").then().statusCode(200);
        Api.as(u.requester).queryParam("kind", "OUTCOME").get("/api/inbox").then()
                .body("items[0].outcome", equalTo("INTRODUCTION_DECLINED"))
                .body("items[0].actor.id", equalTo((int) u.target.id()));
        Api.as(u.broker).queryParam("kind", "INTRODUCTION_AS_BROKER").get("/api/inbox").then().body("items", hasSize(0));
    }

    @Test
    void inbox_onAcceptance_tellsRequesterAndBroker_andAWithdrawalClearsTheBrokersItem() {
        Triangle t = Triangle.make();
        long id = forwarded(t, false);
        Api.as(t.target).post("/api/introductions/" + id + "/accept").then().statusCode(200);
        Api.as(t.requester).queryParam("kind", "OUTCOME").get("/api/inbox").then()
                .body("items[0].outcome", equalTo("INTRODUCED"));
        Api.as(t.broker).queryParam("kind", "OUTCOME").get("/api/inbox").then()
                .body("items[0].outcome", equalTo("INTRODUCED"));
        Triangle u = Triangle.make();
        long other = asked(u);
        Api.as(u.requester).post("/api/introductions/" + other + "/withdraw").then().statusCode(200);
        Api.as(u.broker).get("/api/inbox").then().body("items", hasSize(0));
        Api.as(u.broker).get("/api/inbox/counts").then().body("introductionAsBroker", equalTo(0));
    }

    @Test
    void forwardWithMessage_letsTheTargetReadIt() {
        Triangle t = Triangle.make();
        long id = forwarded(t, true);
        Api.as(t.target).get("/api/introductions/" + id).then().body("message", equalTo(MESSAGE))
                .body("messageShared", equalTo(true));
    }

    @Test
    void brokerDeclines_requesterIsToldKindly_withoutWho() {
        Triangle t = Triangle.make();
        long id = asked(t);
        Api.as(t.broker).post("/api/introductions/" + id + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("declinedByYou", equalTo(true));
        Api.as(t.requester).get("/api/introductions/" + id).then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("declinedByYou", equalTo(false))
                .body("statusText", containsString("did not happen this time"))
                .body("statusText", not(containsString("Bea")));
        // the target never heard of it
        Api.as(t.target).get("/api/introductions/" + id).then().statusCode(404);
        Api.as(t.target).queryParam("role", "TARGET").get("/api/introductions").then().body("items", hasSize(0));
        // and the requester may ask again
        ask(t.requester, t.broker, t.target, MESSAGE).then().statusCode(201);
    }

    @Test
    void targetDeclines_requesterSeesDeclined() {
        Triangle t = Triangle.make();
        long id = forwarded(t, false);
        Api.as(t.target).post("/api/introductions/" + id + "/decline").then().statusCode(200)
                .body("status", equalTo("DECLINED")).body("declinedByYou", equalTo(true));
        Api.as(t.requester).get("/api/introductions/" + id).then().body("status", equalTo("DECLINED"))
                .body("declinedByYou", equalTo(false)).body("brokerNote", nullValue());
        Api.as(t.broker).get("/api/introductions/" + id).then().body("statusText", containsString("declined"));
        assertEquals(0, Sql.count("SELECT count(*) FROM connections WHERE member_a_id = ? AND member_b_id = ?",
                Math.min(t.requester.id(), t.target.id()), Math.max(t.requester.id(), t.target.id())));
    }

    @Test
    void requesterWithdraws_beforeOrAfterForwarding() {
        Triangle t = Triangle.make();
        long id = asked(t);
        Api.as(t.requester).post("/api/introductions/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        Api.as(t.broker).post("/api/introductions/" + id + "/forward").then().statusCode(400);
        forward(t.broker, id, false).then().statusCode(409).body("code", equalTo("INTRODUCTION_ALREADY_DECIDED"));

        long second = forwarded(t, false);
        Api.as(t.requester).post("/api/introductions/" + second + "/withdraw").then().statusCode(200);
        Api.as(t.target).post("/api/introductions/" + second + "/accept").then().statusCode(409)
                .body("code", equalTo("INTRODUCTION_ALREADY_DECIDED"));
    }

    // ---- every transition is enforced server-side --------------------------------------------

    @Test
    void onlyTheRightPartyMayAct() {
        Triangle t = Triangle.make();
        long id = asked(t);
        // the target cannot see or act on a request that was not forwarded to them
        Api.as(t.target).post("/api/introductions/" + id + "/accept").then().statusCode(404);
        Api.as(t.target).post("/api/introductions/" + id + "/decline").then().statusCode(404);
        // the requester cannot forward, accept or decline their own request
        forward(t.requester, id, false).then().statusCode(404);
        Api.as(t.requester).post("/api/introductions/" + id + "/accept").then().statusCode(404);
        Api.as(t.requester).post("/api/introductions/" + id + "/decline").then().statusCode(409)
                .body("code", equalTo("REQUESTER_CANNOT_DECLINE"));
        // the broker cannot accept or withdraw
        Api.as(t.broker).post("/api/introductions/" + id + "/accept").then().statusCode(404);
        Api.as(t.broker).post("/api/introductions/" + id + "/withdraw").then().statusCode(404);
        forward(t.broker, id, false).then().statusCode(200);
        // once forwarded, the broker can no longer decline; forwarding twice is refused
        Api.as(t.broker).post("/api/introductions/" + id + "/decline").then().statusCode(409);
        forward(t.broker, id, false).then().statusCode(409);
        Api.as(t.target).post("/api/introductions/" + id + "/accept").then().statusCode(200);
        Api.as(t.target).post("/api/introductions/" + id + "/accept").then().statusCode(409);
        Api.as(t.target).post("/api/introductions/" + id + "/decline").then().statusCode(409);
        Api.as(t.requester).post("/api/introductions/" + id + "/withdraw").then().statusCode(409);
    }

    @Test
    void anotherMember_getsNotFound_everywhere() {
        Triangle t = Triangle.make();
        long id = forwarded(t, true);
        TestMember eve = TestMember.create();
        Api.as(eve).get("/api/introductions/" + id).then().statusCode(404).contentType("application/problem+json");
        forward(eve, id, true).then().statusCode(404);
        for (String act : List.of("accept", "decline", "withdraw")) {
            Api.as(eve).post("/api/introductions/" + id + "/" + act).then().statusCode(404);
        }
        for (String role : List.of("REQUESTER", "BROKER", "TARGET")) {
            Api.as(eve).queryParam("role", role).get("/api/introductions").then().statusCode(200).body("items", hasSize(0));
        }
        Api.as(t.requester).get("/api/introductions/999999999").then().statusCode(404);
    }

    // ---- conditions of a request --------------------------------------------------------------

    @Test
    void request_needsThreeMembers_aMutualConnection_andNoConnectionYet() {
        Triangle t = Triangle.make();
        ask(t.requester, t.requester, t.target, MESSAGE).then().statusCode(422).body("code", equalTo("CANNOT_INTRODUCE_SELF"));
        ask(t.requester, t.broker, t.broker, MESSAGE).then().statusCode(422).body("code", equalTo("CANNOT_INTRODUCE_SELF"));
        TestMember stranger = TestMember.create();
        Graph.connect(t.requester, stranger);
        ask(t.requester, stranger, t.target, MESSAGE).then().statusCode(422).body("code", equalTo("NOT_A_MUTUAL_CONNECTION"));
        ask(t.requester, t.broker, t.target, " ").then().statusCode(400);
        ask(t.requester, t.broker, t.target, "x".repeat(1001)).then().statusCode(400);
        Api.as(t.requester).body(Map.of("brokerId", t.broker.id(), "targetId", 999999999L, "message", MESSAGE))
                .post("/api/introductions").then().statusCode(404);
        Graph.connect(t.requester, t.target);
        ask(t.requester, t.broker, t.target, MESSAGE).then().statusCode(409).body("code", equalTo("ALREADY_CONNECTED"));
    }

    @Test
    void onePendingPerRequesterAndTarget_andARetryReturnsTheSame() {
        Triangle t = Triangle.make();
        long id = asked(t);
        ask(t.requester, t.broker, t.target, MESSAGE).then().statusCode(200).body("id", equalTo((int) id));
        TestMember other = TestMember.create();
        Graph.connect(t.requester, other);
        Graph.connect(other, t.target);
        ask(t.requester, other, t.target, MESSAGE).then().statusCode(409).body("code", equalTo("INTRODUCTION_PENDING"));
        ask(t.requester, t.broker, t.target, MESSAGE + " Thanks!").then().statusCode(409);
        Api.as(t.requester).get("/api/profiles/" + t.target.handle() + "/introducers").then().statusCode(200)
                .body("canRequest", equalTo(false)).body("unavailableReason", equalTo("INTRODUCTION_PENDING"))
                .body("pendingIntroductionId", equalTo((int) id));
    }

    @Test
    void twoRequestsAtOnce_createOne() {
        Triangle t = Triangle.make();
        TestMember other = TestMember.create();
        Graph.connect(t.requester, other);
        Graph.connect(other, t.target);
        List<Integer> statuses = atOnce(List.of(
                () -> ask(t.requester, t.broker, t.target, MESSAGE),
                () -> ask(t.requester, other, t.target, MESSAGE)));
        assertEquals(List.of(201, 409), statuses);
        assertEquals(1, Sql.count("SELECT count(*) FROM introductions WHERE requester_id = ?", t.requester.id()));
    }

    @Test
    void weeklyLimit_isEnforced() {
        Triangle t = Triangle.make();
        for (int i = 0; i < 20; i++) {
            Sql.exec("""
                    INSERT INTO introductions (requester_id, broker_id, target_id, message, follow_only, state, decided_at)
                    VALUES (?, ?, ?, 'seeded', false, 'WITHDRAWN', now())""", t.requester.id(), t.broker.id(), t.target.id());
        }
        ask(t.requester, t.broker, t.target, MESSAGE).then().statusCode(429).body("code", equalTo("WEEKLY_INTRODUCTION_LIMIT"));
        Sql.exec("UPDATE introductions SET created_at = now() - interval '8 days' WHERE requester_id = ?", t.requester.id());
        ask(t.requester, t.broker, t.target, MESSAGE).then().statusCode(201);
    }

    @Test
    void pendingLimit_isEnforced() {
        TestMember ann = TestMember.create();
        TestMember bea = TestMember.create();
        Graph.connect(ann, bea);
        List<Long> targets = Sql.seedMembers(51);
        for (int i = 0; i < 50; i++) {
            Sql.exec("""
                    INSERT INTO introductions (requester_id, broker_id, target_id, message, follow_only, created_at)
                    VALUES (?, ?, ?, 'seeded', false, now() - interval '30 days')""", ann.id(), bea.id(), targets.get(i));
        }
        Sql.exec("INSERT INTO connections (member_a_id, member_b_id) VALUES (?, ?)",
                Math.min(bea.id(), targets.get(50)), Math.max(bea.id(), targets.get(50)));
        Api.as(ann).body(Map.of("brokerId", bea.id(), "targetId", targets.get(50), "message", MESSAGE))
                .post("/api/introductions").then().statusCode(429).body("code", equalTo("PENDING_INTRODUCTION_LIMIT"));
    }

    // ---- policies and blocks --------------------------------------------------------------

    @Test
    void followOnlyTarget_canOnlyBeIntroducedToBeFollowed() {
        Triangle t = Triangle.make();
        setPolicy(t.target, "FOLLOW_ONLY");
        Api.as(t.requester).get("/api/profiles/" + t.target.handle() + "/introducers").then()
                .body("followOnly", equalTo(true)).body("targetPolicy", equalTo("FOLLOW_ONLY")).body("canRequest", equalTo(true));
        long id = ask(t.requester, t.broker, t.target, MESSAGE).then().statusCode(201).body("followOnly", equalTo(true))
                .extract().jsonPath().getLong("id");
        forward(t.broker, id, false).then().statusCode(200);
        Api.as(t.target).post("/api/introductions/" + id + "/accept").then().statusCode(200)
                .body("result", equalTo("FOLLOWING"));
        assertEquals(0, Sql.count("SELECT count(*) FROM connections WHERE member_a_id = ? AND member_b_id = ?",
                Math.min(t.requester.id(), t.target.id()), Math.max(t.requester.id(), t.target.id())));
        assertEquals(1, Sql.count("SELECT count(*) FROM follows WHERE follower_id = ? AND followee_id = ?",
                t.requester.id(), t.target.id()));
        assertEquals(0, Sql.count("SELECT count(*) FROM follows WHERE follower_id = ? AND followee_id = ?",
                t.target.id(), t.requester.id()));
        // following already: nothing left to introduce
        ask(t.requester, t.broker, t.target, MESSAGE).then().statusCode(409).body("code", equalTo("ALREADY_FOLLOWING"));
    }

    @Test
    void aBlockAnywhereInTheTriangle_stopsAndHidesIt() {
        for (int pair = 0; pair < 3; pair++) {
            Triangle t = Triangle.make();
            long id = forwarded(t, false);
            TestMember[][] pairs = {{t.requester, t.broker}, {t.broker, t.target}, {t.target, t.requester}};
            Api.as(pairs[pair][0]).put("/api/me/blocks/" + pairs[pair][1].id()).then().statusCode(204);
            for (TestMember m : List.of(t.requester, t.broker, t.target)) {
                Api.as(m).get("/api/introductions/" + id).then().statusCode(404);
            }
            Api.as(t.target).post("/api/introductions/" + id + "/accept").then().statusCode(404);
            Api.as(t.requester).queryParam("role", "REQUESTER").get("/api/introductions").then().body("items", hasSize(0));
            assertEquals(0, Sql.count("SELECT count(*) FROM connections WHERE member_a_id = ? AND member_b_id = ?",
                    Math.min(t.requester.id(), t.target.id()), Math.max(t.requester.id(), t.target.id())));
            assertEquals(0, Sql.count("SELECT count(*) FROM introductions WHERE id = ? AND state IN ('REQUESTED', 'FORWARDED')", id));
            Api.as(t.target).queryParam("kind", "INTRODUCTION_AS_TARGET").get("/api/inbox").then().body("items", hasSize(0));
        }
    }

    @Test
    void aBlockedMember_cannotBeAskedFor() {
        Triangle t = Triangle.make();
        Api.as(t.target).put("/api/me/blocks/" + t.requester.id()).then().statusCode(204);
        ask(t.requester, t.broker, t.target, MESSAGE).then().statusCode(404);
        Api.as(t.requester).get("/api/profiles/" + t.target.handle() + "/introducers").then().statusCode(404);
        Triangle u = Triangle.make();
        Api.as(u.requester).put("/api/me/blocks/" + u.target.id()).then().statusCode(204);
        ask(u.requester, u.broker, u.target, MESSAGE).then().statusCode(409).body("code", equalTo("MEMBER_BLOCKED"));
    }

    // ---- concurrency -------------------------------------------------------------------------

    static List<Integer> atOnce(List<Supplier<Response>> calls) {
        CyclicBarrier barrier = new CyclicBarrier(calls.size());
        List<CompletableFuture<Integer>> futures = calls.stream().map(call -> CompletableFuture.supplyAsync(() -> {
            try {
                barrier.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return call.get().statusCode();
        })).toList();
        return futures.stream().map(CompletableFuture::join).sorted().toList();
    }

    @Test
    void acceptDeclineAndWithdrawAtOnce_leaveOneOutcome() {
        for (int round = 0; round < 3; round++) {
            Triangle t = Triangle.make();
            long id = forwarded(t, false);
            List<Integer> statuses = atOnce(List.of(
                    () -> Api.as(t.target).post("/api/introductions/" + id + "/accept"),
                    () -> Api.as(t.target).post("/api/introductions/" + id + "/decline"),
                    () -> Api.as(t.requester).post("/api/introductions/" + id + "/withdraw")));
            assertEquals(List.of(200, 409, 409), statuses);
            String state = Api.as(t.requester).get("/api/introductions/" + id).jsonPath().getString("status");
            long connected = Sql.count("SELECT count(*) FROM connections WHERE member_a_id = ? AND member_b_id = ?",
                    Math.min(t.requester.id(), t.target.id()), Math.max(t.requester.id(), t.target.id()));
            assertEquals(state.equals("ACCEPTED") ? 1 : 0, connected, state);
        }
    }

    @Test
    void forwardAndDeclineByBrokerAtOnce_leaveOneOutcome() {
        Triangle t = Triangle.make();
        long id = asked(t);
        List<Integer> statuses = atOnce(List.of(
                () -> forward(t.broker, id, false),
                () -> Api.as(t.broker).post("/api/introductions/" + id + "/decline")));
        assertEquals(List.of(200, 409), statuses);
    }

    @Test
    void accept_respectsTheConnectionLimit() {
        Triangle t = Triangle.make();
        long id = forwarded(t, false);
        Sql.exec("UPDATE member_graph_counts SET connections = 30000 WHERE member_id = ?", t.target.id());
        Api.as(t.target).post("/api/introductions/" + id + "/accept").then().statusCode(409)
                .body("code", equalTo("CONNECTION_LIMIT_REACHED"));
        Sql.exec("UPDATE member_graph_counts SET connections = 1 WHERE member_id = ?", t.target.id());
        Api.as(t.target).post("/api/introductions/" + id + "/accept").then().statusCode(200);
    }

    // ---- lists and introducers ---------------------------------------------------------------

    @Test
    void lists_perRole_withPendingFilter_andPagination() {
        TestMember broker = TestMember.create();
        TestMember target = TestMember.create();
        Graph.connect(broker, target);
        for (int i = 0; i < 3; i++) {
            TestMember r = TestMember.create();
            Graph.connect(r, broker);
            ask(r, broker, target, MESSAGE).then().statusCode(201);
        }
        var first = Api.as(broker).queryParam("role", "BROKER").queryParam("limit", 2).get("/api/introductions")
                .then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
        Api.as(broker).queryParam("role", "BROKER").queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .get("/api/introductions").then().body("items", hasSize(1)).body("nextCursor", nullValue());
        long id = first.getLong("items[0].id");
        forward(broker, id, false).then().statusCode(200);
        Api.as(broker).queryParam("role", "BROKER").queryParam("pending", true).get("/api/introductions")
                .then().body("items", hasSize(2)).body("items.id", not(hasItem((int) id)));
        Api.as(target).queryParam("role", "TARGET").queryParam("pending", true).get("/api/introductions")
                .then().body("items", hasSize(1)).body("items[0].id", equalTo((int) id));
        Api.as(target).get("/api/introductions").then().statusCode(400);
        Api.as(target).queryParam("role", "KING").get("/api/introductions").then().statusCode(400);
    }

    @Test
    void introducers_rankTheLikeliestFirst_withReasonsInPlainWords() {
        TestMember ann = TestMember.create("Ann Requester");
        TestMember carl = TestMember.create("Carl Target");
        TestMember close = TestMember.create("Close Broker");
        TestMember distant = TestMember.create("Distant Broker");
        for (TestMember b : List.of(close, distant)) {
            Graph.connect(ann, b);
            Graph.connect(b, carl);
        }
        // the close broker: connected with Carl for years, same company at the same time, public interactions
        Sql.exec("UPDATE connections SET created_at = now() - interval '5 years' WHERE member_a_id = ? AND member_b_id = ?",
                Math.min(close.id(), carl.id()), Math.max(close.id(), carl.id()));
        Api.as(close).body(Map.of("title", "Engineer", "company", "Acme", "startDate", "2018-01-01", "endDate", "2021-06-30"))
                .post("/api/me/positions").then().statusCode(201);
        Api.as(carl).body(Map.of("title", "Designer", "company", "ACME", "startDate", "2019-03-01", "endDate", "2022-01-01"))
                .post("/api/me/positions").then().statusCode(201);
        long post = Api.as(carl).body(Map.of("text", "Shipping our ledger today")).post("/api/posts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(close).post("/api/posts/" + post + "/like").then().statusCode(200);
        // and Ann interacts with the close broker
        long annPost = Api.as(close).body(Map.of("text", "Hiring!")).post("/api/posts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(ann).body(Map.of("text", "Congrats, sharing with my team")).post("/api/posts/" + annPost + "/comments")
                .then().statusCode(201);

        Api.as(ann).get("/api/profiles/" + carl.handle() + "/introducers").then().statusCode(200)
                .body("canRequest", equalTo(true)).body("target.id", equalTo((int) carl.id()))
                .body("items", hasSize(2))
                .body("items[0].broker.id", equalTo((int) close.id()))
                .body("items[0].reasons.code", hasItem("WORKED_TOGETHER"))
                .body("items[0].reasons.code", hasItem("BROKER_CONNECTED_LONG"))
                .body("items[0].reasons.code", hasItem("BROKER_PUBLIC_INTERACTIONS"))
                .body("items[0].reasons.code", hasItem("OUR_PUBLIC_INTERACTIONS"))
                .body("items[0].reasons.explanation", hasItem("Close Broker and Carl Target both worked at Acme (2019–2021)."))
                .body("items[1].reasons.code", hasItem("NO_INTERACTION"));
        Api.as(ann).queryParam("limit", 1).get("/api/profiles/" + carl.handle() + "/introducers").then().body("items", hasSize(1));
        Api.as(ann).queryParam("limit", 21).get("/api/profiles/" + carl.handle() + "/introducers").then().statusCode(400);
        Api.as(ann).get("/api/profiles/" + ann.handle() + "/introducers").then().body("unavailableReason", equalTo("SELF"));
        Api.as(ann).get("/api/profiles/" + close.handle() + "/introducers").then()
                .body("unavailableReason", equalTo("ALREADY_CONNECTED")).body("items", hasSize(0));
        TestMember far = TestMember.create();
        Api.as(ann).get("/api/profiles/" + far.handle() + "/introducers").then()
                .body("unavailableReason", equalTo("NOT_SECOND_DEGREE")).body("canRequest", equalTo(false));
        Api.as(ann).get("/api/profiles/nobody_here_xyz/introducers").then().statusCode(404);
    }

    @Test
    void introducers_neverReadTheBrokersPrivateData() {
        // Bea's tags and (eventually) messages with Carl are hers: nothing of them may surface.
        Triangle t = Triangle.make();
        long tag = Api.as(t.broker).body(Map.of("name", "close friends")).post("/api/tags").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(t.broker).put("/api/tags/" + tag + "/members/" + t.target.id()).then().statusCode(200);
        Sql.exec("UPDATE relationship_activity SET messages_from_me = 40, messages_to_me = 40, notes = 9 "
                + "WHERE owner_id = ? AND other_id = ?", t.broker.id(), t.target.id());
        String body = Api.as(t.requester).get("/api/profiles/" + t.target.handle() + "/introducers").then().statusCode(200)
                .extract().asString();
        assertEquals(false, body.contains("close friends"));
        assertEquals(false, body.contains("40"));
        assertEquals(false, body.contains("BROKER_PUBLIC_INTERACTIONS"));
        assertEquals(false, body.contains("note"));
    }
}
