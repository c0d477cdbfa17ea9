package app.rapport.connections;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InvitationResourceTest {

    static final String PERSONAL_NOTE =
            "Hi, we met at the Berlin payments meetup last week and talked about ledger design. Let's stay in touch!";
    static final String GENERIC_NOTE = "I'd like to add you to my professional network.";

    static Response send(TestMember from, TestMember to, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("recipientId", to.id());
        if (note != null) {
            body.put("note", note);
        }
        return Api.as(from).body(body).post("/api/invitations");
    }

    static long sendPending(TestMember from, TestMember to) {
        return send(from, to, PERSONAL_NOTE).then().statusCode(201).body("status", equalTo("PENDING"))
                .extract().jsonPath().getLong("id");
    }

    static void setPolicy(TestMember m, String policy, boolean autoFollowGeneric) {
        Api.as(m).body(Map.of("invitationPolicy", policy, "autoFollowGeneric", autoFollowGeneric))
                .put("/api/me/invitation-settings").then().statusCode(200)
                .body("invitationPolicy", equalTo(policy));
    }

    @Test
    void settings_defaultToNoteRequired_andCanBeChanged() {
        TestMember ann = TestMember.create();
        Api.as(ann).get("/api/me/invitation-settings").then().statusCode(200)
                .body("invitationPolicy", equalTo("NOTE_REQUIRED")).body("autoFollowGeneric", equalTo(false));
        setPolicy(ann, "OPEN", true);
        Api.as(ann).get("/api/me/invitation-settings").then()
                .body("invitationPolicy", equalTo("OPEN")).body("autoFollowGeneric", equalTo(true));
        Api.as(ann).body(Map.of("invitationPolicy", "WHATEVER", "autoFollowGeneric", true))
                .put("/api/me/invitation-settings").then().statusCode(400).body("code", notNullValue());
    }

    @Test
    void sendWithoutNote_isRefusedWithProblem_suggestingFollow() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create("Bob Stone");
        send(ann, bob, null).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("NOTE_REQUIRED"))
                .body("detail", containsString("follow"))
                .body("errors[0].field", equalTo("note"));
        send(ann, bob, "   ").then().statusCode(422).body("code", equalTo("NOTE_REQUIRED"));
    }

    @Test
    void sendWithTooLongNote_isValidationProblem() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        send(ann, bob, "x".repeat(301)).then().statusCode(400).body("errors.field", hasItem("note"));
    }

    @Test
    void sendToFollowOnlyMember_isRefused_butFollowWorks() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        setPolicy(bob, "FOLLOW_ONLY", false);
        Api.as(ann).get("/api/profiles/" + bob.handle()).then().body("invitationPolicy", equalTo("FOLLOW_ONLY"));
        send(ann, bob, PERSONAL_NOTE).then().statusCode(422).body("code", equalTo("FOLLOW_ONLY"))
                .body("detail", containsString("Follow"));
        Api.as(ann).put("/api/me/following/" + bob.id()).then().statusCode(200).body("following", equalTo(true));
    }

    @Test
    void sendToOpenMember_connectsAtOnce_evenWithoutNote() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        setPolicy(bob, "OPEN", false);
        send(ann, bob, null).then().statusCode(201).body("status", equalTo("CONNECTED"));
        Api.as(ann).get("/api/profiles/" + bob.handle()).then()
                .body("degree", equalTo("FIRST")).body("connectionState", equalTo("CONNECTED"))
                .body("following", equalTo(true)).body("followsMe", equalTo(true))
                .body("connectionCount", equalTo(1));
    }

    @Test
    void genericNoteToAutoFollowerMember_becomesFollowing_personalNoteWaits() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember cat = TestMember.create();
        setPolicy(bob, "NOTE_REQUIRED", true);
        send(ann, bob, GENERIC_NOTE).then().statusCode(201)
                .body("status", equalTo("FOLLOWING")).body("verdict", equalTo("GENERIC"));
        Api.as(ann).get("/api/profiles/" + bob.handle()).then()
                .body("following", equalTo(true)).body("connectionState", equalTo("NONE"));
        Api.as(bob).get("/api/invitations/received").then().body("items", hasSize(0));
        send(cat, bob, PERSONAL_NOTE).then().statusCode(201).body("status", equalTo("PENDING"));
    }

    @Test
    void mutualInvites_connectAtOnce() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        long first = sendPending(ann, bob);
        Api.as(bob).get("/api/profiles/" + ann.handle()).then()
                .body("connectionState", equalTo("INVITATION_RECEIVED")).body("pendingInvitationId", equalTo((int) first));
        send(bob, ann, PERSONAL_NOTE).then().statusCode(201).body("status", equalTo("CONNECTED"));
        Api.as(ann).get("/api/invitations/sent").then().body("items[0].status", equalTo("CONNECTED"));
        Api.as(ann).get("/api/me").then().body("connectionCount", equalTo(1)).body("followerCount", equalTo(1));
    }

    @Test
    void sendTwice_isConflict_andSendingToConnection_isConflict() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        long id = sendPending(ann, bob);
        send(ann, bob, PERSONAL_NOTE + " Again.").then().statusCode(409).body("code", equalTo("ALREADY_INVITED"));
        Api.as(bob).post("/api/invitations/" + id + "/accept").then().statusCode(200);
        send(ann, bob, PERSONAL_NOTE).then().statusCode(409).body("code", equalTo("ALREADY_CONNECTED"));
    }

    @Test
    void sendToSelf_isRefused_andToUnknownMember_isNotFound() {
        TestMember ann = TestMember.create();
        send(ann, ann, PERSONAL_NOTE).then().statusCode(422).body("code", equalTo("CANNOT_INVITE_SELF"));
        Api.as(ann).body(Map.of("recipientId", 999999999L, "note", PERSONAL_NOTE)).post("/api/invitations")
                .then().statusCode(404);
    }

    @Test
    void accept_connects_andEachFollowsTheOther() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        long id = sendPending(ann, bob);
        Api.as(bob).post("/api/invitations/" + id + "/accept").then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("sender.id", equalTo((int) ann.id()));
        Api.as(ann).get("/api/me/connections").then().body("items[0].member.id", equalTo((int) bob.id()))
                .body("items[0].connected", equalTo(true)).body("items[0].following", equalTo(true))
                .body("items[0].followsMe", equalTo(true));
        Api.as(ann).get("/api/invitations/sent").then().body("items[0].status", equalTo("CONNECTED"));
    }

    @Test
    void makeFollower_senderIsOnlyToldTheyFollow() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        long id = sendPending(ann, bob);
        Api.as(bob).post("/api/invitations/" + id + "/make-follower").then().statusCode(200)
                .body("state", equalTo("MADE_FOLLOWER"));
        Response sent = Api.as(ann).get("/api/invitations/sent");
        sent.then().body("items[0].status", equalTo("FOLLOWING"));
        assertTrue(!sent.asString().contains("MADE_FOLLOWER") && !sent.asString().toLowerCase().contains("ignor"));
        Api.as(ann).get("/api/profiles/" + bob.handle()).then()
                .body("following", equalTo(true)).body("connectionState", equalTo("NONE"))
                .body("degree", equalTo("THIRD_PLUS"));
        Response again = send(ann, bob, PERSONAL_NOTE);
        again.then().statusCode(409).body("code", equalTo("INVITATION_COOL_DOWN"));
        assertTrue(!again.asString().toLowerCase().contains("follower"), again.asString());
    }

    @Test
    void withdraw_thenResend_isInCoolDown_untilItPasses() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        long id = sendPending(ann, bob);
        Api.as(ann).post("/api/invitations/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        Api.as(bob).get("/api/invitations/received").then().body("items", hasSize(0));
        send(ann, bob, PERSONAL_NOTE).then().statusCode(409).body("code", equalTo("INVITATION_COOL_DOWN"))
                .body("detail", containsString("after"));
        Sql.exec("UPDATE invitations SET created_at = now() - interval '22 days', decided_at = now() - interval '22 days' WHERE id = ?", id);
        sendPending(ann, bob);
    }

    @Test
    void withdraw_tellsTheCoolDownEnd_onTheProfileAndInThePreview_beforeAnyNoteIsTyped() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create("Bob Cooling");
        Api.as(ann).get("/api/profiles/" + bob.handle()).then().statusCode(200)
                .body("canInviteAgainAt", equalTo(null)).body("inviteCoolDownDays", equalTo(21));
        long id = sendPending(ann, bob);
        String until = Api.as(ann).post("/api/invitations/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("coolDownDays", equalTo(21))
                .body("canInviteAgainAt", notNullValue()).extract().jsonPath().getString("canInviteAgainAt");
        java.time.Instant end = java.time.Instant.parse(until);
        assertTrue(end.isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(20))), until);
        Api.as(ann).get("/api/profiles/" + bob.handle()).then().statusCode(200)
                .body("connectionState", equalTo("NONE")).body("canInviteAgainAt", equalTo(until));
        Api.as(ann).body(Map.of("recipientId", bob.id())).post("/api/invitations/preview").then().statusCode(200)
                .body("canInviteAgainAt", equalTo(until));
        // Bob sees nothing of it.
        Api.as(bob).get("/api/profiles/" + ann.handle()).then().body("canInviteAgainAt", equalTo(null));
        Sql.exec("UPDATE invitations SET decided_at = now() - interval '22 days' WHERE id = ?", id);
        Api.as(ann).get("/api/profiles/" + bob.handle()).then().body("canInviteAgainAt", equalTo(null));
    }

    @Test
    void genericNote_toAMemberWhoAsksForAPersonalOne_getsANudgeBeforeSending() {
        TestMember ann = TestMember.create();
        TestMember dana = TestMember.create("Dana Whitfield");
        Api.as(ann).body(Map.of("recipientId", dana.id(), "note", GENERIC_NOTE)).post("/api/invitations/preview")
                .then().statusCode(200).body("verdict", equalTo("GENERIC"))
                .body("nudge", containsString("Dana will probably make you a follower"))
                .body("noteMaxLength", equalTo(300));
        Api.as(ann).body(Map.of("recipientId", dana.id(), "note", PERSONAL_NOTE)).post("/api/invitations/preview")
                .then().statusCode(200).body("verdict", equalTo("PERSONAL")).body("nudge", equalTo(null));
        TestMember open = TestMember.create("Olga Open");
        setPolicy(open, "OPEN", false);
        Api.as(ann).body(Map.of("recipientId", open.id(), "note", GENERIC_NOTE)).post("/api/invitations/preview")
                .then().statusCode(200).body("nudge", equalTo(null));
    }

    @Test
    void preview_pointsEachReasonAtItsWords_andRepetitionDoesNotRaiseTheScore() {
        TestMember ann = TestMember.create("Ann Evidence");
        TestMember bob = TestMember.create("Bob Evidence").withProfile(Map.of("currentCompany", "Acme Rockets",
                "headline", "Landing legs and reusable boosters"));
        String note = "Bob, your work on the Acme Rockets landing legs was great; we met at the launch party.";
        io.restassured.path.json.JsonPath p = Api.as(ann).body(Map.of("recipientId", bob.id(), "note", note))
                .post("/api/invitations/preview").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> reasons = p.getList("reasons");
        for (Map<String, Object> r : reasons) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) r.get("evidence");
            for (Map<String, Object> e : evidence) {
                int start = (Integer) e.get("start");
                int end = (Integer) e.get("end");
                assertEquals(e.get("text"), note.substring(start, end), r.get("code") + " " + e);
            }
        }
        assertEquals("Acme Rockets", p.getString("reasons.find { it.code == 'MENTIONS_RECIPIENT_WORK' }.evidence[0].text"));
        assertTrue(p.getString("reasons.find { it.code == 'MENTIONS_RECIPIENT_WORK' }.explanation").contains("their company"));
        assertEquals("Bob", p.getString("reasons.find { it.code == 'MENTIONS_RECIPIENT' }.evidence[0].text"));

        int once = p.getInt("score");
        String sentence = "Hi Bob, loved the landing legs demo.";
        int single = Api.as(ann).body(Map.of("recipientId", bob.id(), "note", sentence)).post("/api/invitations/preview")
                .then().statusCode(200).extract().jsonPath().getInt("score");
        int thrice = Api.as(ann).body(Map.of("recipientId", bob.id(), "note", sentence + " " + sentence + " " + sentence))
                .post("/api/invitations/preview").then().statusCode(200).extract().jsonPath().getInt("score");
        assertTrue(thrice <= single, single + " -> " + thrice);
        assertTrue(once >= 50);
    }

    @Test
    void aNoteOverTheLimit_isRefusedWhole_neverCut_inPreviewAndSend() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        String long301 = "a".repeat(150) + " " + "b".repeat(150);
        Api.as(ann).body(Map.of("recipientId", bob.id(), "note", long301)).post("/api/invitations/preview")
                .then().statusCode(400).body("errors.field", hasItem("note"));
        send(ann, bob, long301).then().statusCode(400).body("errors.field", hasItem("note"));
        assertEquals(0, Sql.count("SELECT count(*) FROM invitations WHERE sender_id = ?", ann.id()));
        send(ann, bob, "Hi, we met at the Berlin payments meetup last week. " + "x".repeat(248)).then().statusCode(201);
    }

    @Test
    void decisions_byAnyoneButTheRightMember_areNotFound() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember eve = TestMember.create();
        long id = sendPending(ann, bob);
        for (TestMember wrong : List.of(ann, eve)) {
            Api.as(wrong).post("/api/invitations/" + id + "/accept").then().statusCode(404).body("code", equalTo("NOT_FOUND"));
            Api.as(wrong).post("/api/invitations/" + id + "/make-follower").then().statusCode(404);
        }
        for (TestMember wrong : List.of(bob, eve)) {
            Api.as(wrong).post("/api/invitations/" + id + "/withdraw").then().statusCode(404);
        }
        Api.as(bob).post("/api/invitations/999999999/accept").then().statusCode(404);
        Api.as(eve).get("/api/invitations/received").then().body("items", hasSize(0));
        Api.as(eve).get("/api/invitations/sent").then().body("items", hasSize(0));
    }

    @Test
    void decidingTwice_isConflict() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        long id = sendPending(ann, bob);
        Api.as(bob).post("/api/invitations/" + id + "/accept").then().statusCode(200);
        Api.as(bob).post("/api/invitations/" + id + "/accept").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("INVITATION_ALREADY_DECIDED"));
        Api.as(bob).post("/api/invitations/" + id + "/make-follower").then().statusCode(409)
                .body("code", equalTo("INVITATION_ALREADY_DECIDED"));
        Api.as(ann).post("/api/invitations/" + id + "/withdraw").then().statusCode(409)
                .body("code", equalTo("INVITATION_ALREADY_DECIDED"));
    }

    @Test
    void weeklyLimit_isEnforced() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        List<Long> others = Sql.seedMembers(100);
        Sql.exec("""
                INSERT INTO invitations (sender_id, recipient_id, note, score, verdict, state, created_at, decided_at)
                SELECT ?, id, 'seeded', 50, 'PERSONAL', 'WITHDRAWN', now() - interval '1 day', now() - interval '1 day'
                FROM members WHERE id BETWEEN ? AND ?""", ann.id(), others.get(0), others.get(99));
        send(ann, bob, PERSONAL_NOTE).then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("WEEKLY_INVITATION_LIMIT")).body("detail", containsString("100"));
        Sql.exec("UPDATE invitations SET created_at = now() - interval '8 days' WHERE sender_id = ?", ann.id());
        sendPending(ann, bob);
    }

    @Test
    void pendingLimit_isEnforced() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        List<Long> others = Sql.seedMembers(500);
        Sql.exec("""
                INSERT INTO invitations (sender_id, recipient_id, note, score, verdict, state, created_at)
                SELECT ?, id, 'seeded', 50, 'PERSONAL', 'PENDING', now() - interval '30 days'
                FROM members WHERE id BETWEEN ? AND ?""", ann.id(), others.get(0), others.get(499));
        send(ann, bob, PERSONAL_NOTE).then().statusCode(429).body("code", equalTo("PENDING_INVITATION_LIMIT"));
    }

    @Test
    void preview_scoresDraftWithReasons_andShowsPolicy() {
        TestMember ann = TestMember.create("Ann Lee");
        TestMember bob = TestMember.create("Bob Stone").withProfile(Map.of("currentCompany", "Acme Rockets"));
        Api.as(ann).body(Map.of("recipientId", bob.id(), "note", "Hi Bob, I'd like to add you to my professional network."))
                .post("/api/invitations/preview").then().statusCode(200)
                .body("verdict", equalTo("GENERIC"))
                .body("reasons.code", hasItem("GENERIC_TEMPLATE"))
                .body("reasons[0].explanation", notNullValue())
                .body("recipientPolicy", equalTo("NOTE_REQUIRED"))
                .body("noteRequired", equalTo(true));
        Api.as(ann).body(Map.of("recipientId", bob.id(),
                        "note", "Bob, your work on the Acme Rockets landing legs was great; we met at the launch party."))
                .post("/api/invitations/preview").then().statusCode(200)
                .body("verdict", equalTo("PERSONAL"))
                .body("reasons.code", hasItem("MENTIONS_RECIPIENT_WORK"))
                .body("reasons.code", hasItem("MENTIONS_SHARED_CONTEXT"));
        Api.as(ann).body(Map.of("recipientId", bob.id())).post("/api/invitations/preview").then().statusCode(200)
                .body("score", equalTo(0)).body("reasons[0].code", equalTo("NO_NOTE"));
        Api.as(ann).get("/api/invitations/sent").then().body("items", hasSize(0));
    }

    @Test
    void sameNoteToSeveralPeople_isFlaggedPastedToMany() {
        TestMember ann = TestMember.create("Ann Lee");
        String note = "Your work on the quarterly roadmap is inspiring; would love to talk about our analytics platform.";
        for (int i = 0; i < 2; i++) {
            sendPending(ann, TestMember.create("Person " + i));
        }
        TestMember third = TestMember.create("Third Person");
        Response r = send(ann, third, note);
        // the first two were PERSONAL_NOTE; this one differs, so it is not a paste
        r.then().statusCode(201).body("verdict", equalTo("PERSONAL"));
        TestMember fourth = TestMember.create("Fourth Person");
        TestMember fifth = TestMember.create("Fifth Person");
        send(ann, fourth, note).then().statusCode(201);
        Api.as(ann).body(Map.of("recipientId", fifth.id(), "note", note)).post("/api/invitations/preview")
                .then().body("reasons.code", hasItem("PASTED_TO_MANY")).body("verdict", equalTo("GENERIC"));
    }

    @Test
    void received_filtersByVerdict_sortsByScore_andPaginates() {
        TestMember bob = TestMember.create("Bob Stone");
        List<TestMember> senders = new ArrayList<>();
        String[] notes = {GENERIC_NOTE, PERSONAL_NOTE, "Let's connect!",
                "Bob, we worked together on the Hamburg warehouse migration in 2019; great to find you here."};
        for (String note : notes) {
            TestMember s = TestMember.create();
            send(s, bob, note).then().statusCode(201);
            senders.add(s);
        }
        Api.as(bob).queryParam("verdict", "GENERIC").get("/api/invitations/received").then().statusCode(200)
                .body("items", hasSize(2)).body("items.verdict", not(hasItem("PERSONAL")));
        Api.as(bob).queryParam("verdict", "PERSONAL").get("/api/invitations/received").then()
                .body("items", hasSize(2)).body("items[0].reasons", notNullValue());
        Api.as(bob).get("/api/invitations/received").then()
                .body("items[0].sender.id", equalTo((int) senders.get(3).id()));

        List<Integer> scores = new ArrayList<>();
        String cursor = null;
        do {
            var spec = Api.as(bob).queryParam("sort", "SCORE").queryParam("limit", 3);
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/invitations/received").then().statusCode(200).extract().jsonPath();
            scores.addAll(page.getList("items.score", Integer.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(4, scores.size());
        List<Integer> sorted = new ArrayList<>(scores);
        sorted.sort((a, b) -> b - a);
        assertEquals(sorted, scores);
        Api.as(bob).queryParam("sort", "RANDOM").get("/api/invitations/received").then().statusCode(400);
    }

    // ---- concurrency -------------------------------------------------------------------

    /** Runs the calls at the same instant (as near as threads allow) and returns their statuses. */
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
    void twoAcceptsAtOnce_exactlyOneSucceeds() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        long id = sendPending(ann, bob);
        List<Integer> statuses = atOnce(List.of(
                () -> Api.as(bob).post("/api/invitations/" + id + "/accept"),
                () -> Api.as(bob).post("/api/invitations/" + id + "/accept")));
        assertEquals(List.of(200, 409), statuses);
        assertEquals(1, Sql.count("SELECT count(*) FROM connections WHERE member_a_id = ? AND member_b_id = ?",
                Math.min(ann.id(), bob.id()), Math.max(ann.id(), bob.id())));
        Api.as(bob).get("/api/me").then().body("connectionCount", equalTo(1));
    }

    @Test
    void acceptAndMakeFollowerAtOnce_leaveExactlyOneOutcome() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        long id = sendPending(ann, bob);
        List<Integer> statuses = atOnce(List.of(
                () -> Api.as(bob).post("/api/invitations/" + id + "/accept"),
                () -> Api.as(bob).post("/api/invitations/" + id + "/make-follower"),
                () -> Api.as(ann).post("/api/invitations/" + id + "/withdraw")));
        assertEquals(List.of(200, 409, 409), statuses);
    }

    @Test
    void mutualInvitesAtTheSameInstant_makeOneConnection_noPendingLeft() {
        for (int round = 0; round < 3; round++) {
            TestMember ann = TestMember.create();
            TestMember bob = TestMember.create();
            List<Integer> statuses = atOnce(List.of(
                    () -> send(ann, bob, PERSONAL_NOTE),
                    () -> send(bob, ann, PERSONAL_NOTE)));
            assertEquals(List.of(201, 201), statuses);
            assertEquals(1, Sql.count("SELECT count(*) FROM connections WHERE member_a_id = ? AND member_b_id = ?",
                    Math.min(ann.id(), bob.id()), Math.max(ann.id(), bob.id())));
            assertEquals(0, Sql.count("""
                    SELECT count(*) FROM invitations WHERE state = 'PENDING'
                    AND ((sender_id = ? AND recipient_id = ?) OR (sender_id = ? AND recipient_id = ?))""",
                    ann.id(), bob.id(), bob.id(), ann.id()));
        }
    }

    @Test
    void connectionLimit_holdsUnderConcurrentAccepts() {
        TestMember busy = TestMember.create("Busy Networker");
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        long fromAnn = sendPending(ann, busy);
        long fromBob = sendPending(bob, busy);
        List<Long> seeded = Sql.seedMembers(29_999);
        Sql.connectRange(busy.id(), seeded.get(0), seeded.get(seeded.size() - 1));
        Api.as(busy).get("/api/me").then().body("connectionCount", equalTo(29_999));

        List<Integer> statuses = atOnce(List.of(
                () -> Api.as(busy).post("/api/invitations/" + fromAnn + "/accept"),
                () -> Api.as(busy).post("/api/invitations/" + fromBob + "/accept")));
        assertEquals(List.of(200, 409), statuses);
        assertEquals(30_000, Sql.count("SELECT count(*) FROM connection_edges WHERE member_id = ?", busy.id()));
        Api.as(busy).get("/api/me").then().body("connectionCount", equalTo(30_000));

        TestMember carl = TestMember.create();
        setPolicy(busy, "OPEN", false);
        send(carl, busy, null).then().statusCode(409).body("code", equalTo("CONNECTION_LIMIT_REACHED"))
                .body("detail", containsString("follow"));
    }
}
