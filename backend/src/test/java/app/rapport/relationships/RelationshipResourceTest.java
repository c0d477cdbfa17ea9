package app.rapport.relationships;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.Graph;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelationshipResourceTest {

    static final String PERSONAL_NOTE =
            "Hi, we met at the Berlin payments meetup last week and talked about ledger design. Let's stay in touch!";

    static long invite(TestMember from, TestMember to) {
        return Api.as(from).body(Map.of("recipientId", to.id(), "note", PERSONAL_NOTE)).post("/api/invitations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath review(TestMember me, Map<String, Object> params) {
        return Api.as(me).queryParams(params).get("/api/me/relationships").then().statusCode(200).extract().jsonPath();
    }

    /** Every member id of the review, page by page. */
    static List<Long> walk(TestMember me, String sort, int limit) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            var spec = Api.as(me).queryParam("sort", sort).queryParam("limit", limit);
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get("/api/me/relationships").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.member.id", Long.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    static void setLast(TestMember owner, TestMember other, String interval) {
        Sql.exec("UPDATE relationship_activity SET last_interaction_at = now() - CAST(? AS interval), last_kind = 'NOTE', notes = 1"
                + " WHERE owner_id = ? AND other_id = ?", interval, owner.id(), other.id());
    }

    @Test
    void howWeMet_comesFromTheRequest_theOpenPolicy_orInvitingEachOther() {
        TestMember ann = TestMember.create("Ann");
        TestMember bob = TestMember.create("Bob");
        TestMember carl = TestMember.create("Carl");
        TestMember dan = TestMember.create("Dan");
        long toBob = invite(ann, bob);
        Api.as(bob).post("/api/invitations/" + toBob + "/accept").then().statusCode(200);
        Api.as(carl).body(Map.of("invitationPolicy", "OPEN", "autoFollowGeneric", false))
                .put("/api/me/invitation-settings").then().statusCode(200);
        invite(ann, carl);
        invite(dan, ann);
        invite(ann, dan);

        JsonPath page = review(ann, Map.of("sort", "CONNECTED_SINCE"));
        assertEquals(List.of(bob.id(), carl.id(), dan.id()), page.getList("items.member.id", Long.class));
        assertEquals(List.of("INVITED_BY_ME", "OPEN_NETWORKER", "MUTUAL_INVITATION"), page.getList("items.howWeMet.kind"));
        assertEquals(PERSONAL_NOTE, page.getString("items[0].howWeMet.note"));
        assertEquals("You sent Bob a connection request with a note.", page.getString("items[0].howWeMet.text"));
        assertTrue(page.getString("items[1].howWeMet.text").startsWith("Carl accepts every request"));
        assertTrue(page.getList("items[0].strength.reasons.code").contains("PERSONAL_INVITATION"));
        assertTrue(page.getList("items[1].strength.reasons.code").contains("OPEN_NETWORKER"));
        assertTrue(page.getList("items[2].strength.reasons.code").contains("MUTUAL_INVITATION"));

        Api.as(bob).get("/api/me/relationships").then()
                .body("items[0].howWeMet.kind", equalTo("INVITED_ME"))
                .body("items[0].howWeMet.text", equalTo("Ann sent you a connection request with a note."));
        Api.as(carl).get("/api/me/relationships").then()
                .body("items[0].howWeMet.text", containsString("You accept every request"));
    }

    @Test
    void commentsAndLikes_countBothWays_andMoveTheLastInteraction() {
        TestMember ann = TestMember.create("Ann");
        TestMember bob = TestMember.create("Bob");
        Graph.connect(ann, bob);
        Api.as(ann).get("/api/me/relationships").then().body("items[0].lastInteraction", nullValue())
                .body("items[0].howWeMet.kind", equalTo("UNKNOWN"))
                .body("items[0].strength.reasons.code", hasItem("NO_INTERACTION"))
                .body("items[0].strength.level", equalTo("WEAK"));

        long post = Api.as(bob).body(Map.of("text", "We shipped!")).post("/api/posts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(ann).post("/api/posts/" + post + "/like").then().statusCode(200);
        Api.as(ann).post("/api/posts/" + post + "/like").then().statusCode(200); // idempotent: counted once
        Api.as(ann).get("/api/me/relationships").then()
                .body("items[0].lastInteraction.kind", equalTo("LIKE_GIVEN"))
                .body("items[0].interactions.fromMe", equalTo(1)).body("items[0].interactions.toMe", equalTo(0))
                .body("items[0].strength.reasons.code", hasItem("RECENT_INTERACTION"))
                .body("items[0].strength.reasons.code", hasItem("ONE_DIRECTION"));
        Api.as(bob).get("/api/me/relationships").then()
                .body("items[0].lastInteraction.kind", equalTo("LIKE_RECEIVED")).body("items[0].interactions.toMe", equalTo(1));

        long annPost = Api.as(ann).body(Map.of("text", "Thanks all")).post("/api/posts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(bob).body(Map.of("text", "Well deserved")).post("/api/posts/" + annPost + "/comments").then().statusCode(201);
        Api.as(bob).body(Map.of("text", "My own post")).post("/api/posts/" + post + "/comments").then().statusCode(201);
        JsonPath p = review(ann, Map.of());
        assertEquals("COMMENT_RECEIVED", p.getString("items[0].lastInteraction.kind"));
        assertEquals(1, p.getInt("items[0].interactions.toMe"));
        assertTrue(p.getList("items[0].strength.reasons.code").contains("BOTH_DIRECTIONS"));
        int score = p.getInt("items[0].strength.score");
        int sum = p.getList("items[0].strength.reasons.points", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertEquals(Math.max(0, Math.min(100, sum)), score);
    }

    @Test
    void messagesBothWays_andMyNotes_countOnlyWhereTheyShould() {
        TestMember ann = TestMember.create("Ann");
        TestMember bob = TestMember.create("Bob");
        Graph.connect(ann, bob);
        long conversation = Api.as(ann).body(Map.of("recipientId", bob.id(), "text", "Lunch on Friday?"))
                .post("/api/conversations").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(bob).body(Map.of("text", "Yes! 12:30 at the usual place.")).post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(201);
        JsonPath p = review(ann, Map.of());
        assertEquals("MESSAGE_RECEIVED", p.getString("items[0].lastInteraction.kind"));
        assertEquals(1, p.getInt("items[0].interactions.fromMe"));
        assertEquals(1, p.getInt("items[0].interactions.toMe"));

        long note = Api.as(ann).body(Map.of("text", "Bob is moving to Lisbon in June")).post("/api/members/" + bob.id() + "/notes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        p = review(ann, Map.of());
        assertEquals("NOTE", p.getString("items[0].lastInteraction.kind"));
        assertEquals(1, p.getInt("items[0].interactions.notes"));
        assertTrue(p.getList("items[0].strength.reasons.code").contains("MY_NOTES"));
        // Ann's note is hers: Bob's review of Ann does not move or count it
        JsonPath bobs = review(bob, Map.of());
        assertEquals("MESSAGE_SENT", bobs.getString("items[0].lastInteraction.kind"));
        assertEquals(0, bobs.getInt("items[0].interactions.notes"));
        Api.as(ann).delete("/api/notes/" + note).then().statusCode(204);
        assertEquals(0, review(ann, Map.of()).getInt("items[0].interactions.notes"));
    }

    @Test
    void leastRecentInteraction_neverFirst_thenOldest_andEverySortPaginatesWithoutGapsOrRepeats() {
        TestMember ann = TestMember.create();
        List<TestMember> others = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TestMember m = TestMember.create();
            Graph.connect(ann, m);
            others.add(m);
        }
        setLast(ann, others.get(0), "1 day");
        setLast(ann, others.get(1), "3 years");
        setLast(ann, others.get(2), "40 days");
        // others 3, 4, 5: never
        List<Long> order = walk(ann, "LEAST_RECENT_INTERACTION", 2);
        List<Long> never = new ArrayList<>(List.of(others.get(3).id(), others.get(4).id(), others.get(5).id()));
        never.sort(Long::compare);
        List<Long> expected = new ArrayList<>(never);
        expected.addAll(List.of(others.get(1).id(), others.get(2).id(), others.get(0).id()));
        assertEquals(expected, order);
        assertEquals(order, walk(ann, "LEAST_RECENT_INTERACTION", 100));

        List<Long> byStrength = walk(ann, "STRENGTH", 4);
        assertEquals(6, new HashSet<>(byStrength).size());
        assertEquals(others.get(0).id(), byStrength.get(0));
        List<Long> bySince = walk(ann, "CONNECTED_SINCE", 5);
        assertEquals(6, new HashSet<>(bySince).size());

        String cursor = review(ann, Map.of("sort", "STRENGTH", "limit", 2)).getString("nextCursor");
        Api.as(ann).queryParam("sort", "CONNECTED_SINCE").queryParam("cursor", cursor).get("/api/me/relationships")
                .then().statusCode(400);
        Api.as(ann).queryParam("sort", "LOUDEST").get("/api/me/relationships").then().statusCode(400);
        Api.as(ann).queryParam("cursor", "garbage").get("/api/me/relationships").then().statusCode(400);
    }

    @Test
    void tagFilter_showsOnlyTaggedConnections_andAnotherMembersTagIsNotFound() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember carl = TestMember.create();
        Graph.connect(ann, bob);
        Graph.connect(ann, carl);
        long tag = Api.as(ann).body(Map.of("name", "clients")).post("/api/tags").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(ann).put("/api/tags/" + tag + "/members/" + carl.id()).then().statusCode(200);
        Api.as(ann).queryParam("tagId", tag).get("/api/me/relationships").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].member.id", equalTo((int) carl.id()))
                .body("items[0].tags[0].name", equalTo("clients"));
        Api.as(ann).queryParam("tagId", tag).queryParam("sort", "STRENGTH").get("/api/me/relationships").then()
                .body("items", hasSize(1));
        TestMember eve = TestMember.create();
        Api.as(eve).queryParam("tagId", tag).get("/api/me/relationships").then().statusCode(404);
        Api.as(eve).get("/api/me/relationships").then().statusCode(200).body("items", hasSize(0));
        Api.as(ann).queryParam("tagId", "x").get("/api/me/relationships").then().statusCode(400);
    }

    @Test
    void summary_countsConnectionsWithoutInteractionInTwoYears() {
        TestMember ann = TestMember.create();
        List<TestMember> others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestMember m = TestMember.create();
            Graph.connect(ann, m);
            others.add(m);
        }
        setLast(ann, others.get(0), "3 years");
        setLast(ann, others.get(1), "2 months");
        Api.as(ann).get("/api/me/relationships/summary").then().statusCode(200)
                .body("connectionCount", equalTo(3)).body("withoutInteractionCount", equalTo(2))
                .body("inactivityYears", equalTo(2))
                .body("text", equalTo("3 connections · 2 without any interaction in 2 years"));
    }

    @Test
    void makeFollower_inBulk_keepsTheFollowDirectionRight_andUpdatesCounts() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember carl = TestMember.create();
        TestMember dan = TestMember.create();
        TestMember stranger = TestMember.create();
        for (TestMember m : List.of(bob, carl, dan)) {
            Graph.connect(ann, m);
        }
        Graph.unfollow(bob, ann); // Bob had quieted Ann: he does not follow her any more
        Api.as(ann).body(Map.of("memberIds", List.of(bob.id(), carl.id(), stranger.id(), ann.id()), "keepFollowing", false))
                .post("/api/me/relationships/make-follower").then().statusCode(200)
                .body("changed", equalTo(List.of((int) bob.id(), (int) carl.id())))
                .body("unchanged", equalTo(List.of((int) stranger.id(), (int) ann.id())));
        assertEquals(1, Sql.count("SELECT count(*) FROM follows WHERE follower_id = ? AND followee_id = ?", carl.id(), ann.id()));
        assertEquals(0, Sql.count("SELECT count(*) FROM follows WHERE follower_id = ? AND followee_id = ?", ann.id(), carl.id()));
        assertEquals(0, Sql.count("SELECT count(*) FROM follows WHERE follower_id = ? AND followee_id = ?", bob.id(), ann.id()));
        assertEquals(0, Sql.count("SELECT count(*) FROM follows WHERE follower_id = ? AND followee_id = ?", ann.id(), bob.id()));
        Api.as(ann).get("/api/me").then().body("connectionCount", equalTo(1)).body("followerCount", equalTo(2))
                .body("followingCount", equalTo(1));
        Api.as(ann).get("/api/me/relationships").then().body("items", hasSize(1))
                .body("items[0].member.id", equalTo((int) dan.id()));
        Api.as(carl).get("/api/me").then().body("connectionCount", equalTo(0)).body("followingCount", equalTo(1));

        Api.as(ann).body(Map.of("memberIds", List.of(dan.id()), "keepFollowing", true))
                .post("/api/me/relationships/make-follower").then().statusCode(200)
                .body("changed", equalTo(List.of((int) dan.id())));
        assertEquals(1, Sql.count("SELECT count(*) FROM follows WHERE follower_id = ? AND followee_id = ?", ann.id(), dan.id()));
        assertEquals(1, Sql.count("SELECT count(*) FROM follows WHERE follower_id = ? AND followee_id = ?", dan.id(), ann.id()));
        // nobody was told: no request, no record addressed to them
        assertEquals(0, Sql.count("SELECT count(*) FROM invitations WHERE recipient_id IN (?, ?, ?)", bob.id(), carl.id(), dan.id()));
        Api.as(ann).get("/api/me/relationships/summary").then().body("connectionCount", equalTo(0));
    }

    @Test
    void remove_inBulk_endsConnectionsAndBothFollows() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Graph.connect(ann, bob);
        Api.as(ann).body(Map.of("memberIds", List.of(bob.id(), bob.id()))).post("/api/me/relationships/remove").then()
                .statusCode(200).body("changed", equalTo(List.of((int) bob.id()))).body("unchanged", hasSize(0));
        assertEquals(0, Sql.count("SELECT count(*) FROM follows WHERE (follower_id = ? AND followee_id = ?) OR (follower_id = ? AND followee_id = ?)",
                ann.id(), bob.id(), bob.id(), ann.id()));
        Api.as(bob).get("/api/me").then().body("connectionCount", equalTo(0)).body("followerCount", equalTo(0));
    }

    @Test
    void bulk_refusesEmptyOrMoreThanAHundredMembers() {
        TestMember ann = TestMember.create();
        Api.as(ann).body(Map.of("memberIds", List.of())).post("/api/me/relationships/remove").then().statusCode(400);
        List<Long> many = new ArrayList<>();
        for (long i = 1; i <= 101; i++) {
            many.add(i);
        }
        Api.as(ann).body(Map.of("memberIds", many)).post("/api/me/relationships/make-follower").then().statusCode(400)
                .body("errors.field", hasItem("memberIds"));
    }

    @Test
    void reconnecting_forgetsHowTheyMetBefore_butNotTheInteractions() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        long id = invite(ann, bob);
        Api.as(bob).post("/api/invitations/" + id + "/accept").then().statusCode(200);
        setLast(ann, bob, "5 days");
        Api.as(ann).delete("/api/me/connections/" + bob.id()).then().statusCode(204);
        Api.as(ann).get("/api/me/relationships").then().body("items", hasSize(0));
        Graph.connect(ann, bob);
        Api.as(ann).get("/api/me/relationships").then().body("items[0].howWeMet.kind", equalTo("UNKNOWN"))
                .body("items[0].lastInteraction.kind", equalTo("NOTE"));
    }

    @Test
    void keep_isDated_hidesFromTheReviewByDefault_andCountsInTheSummary() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember carl = TestMember.create();
        TestMember stranger = TestMember.create();
        Graph.connect(ann, bob);
        Graph.connect(ann, carl);
        Api.as(ann).body(Map.of("memberIds", List.of(bob.id(), stranger.id(), ann.id())))
                .post("/api/me/relationships/keep").then().statusCode(200)
                .body("changed", equalTo(List.of((int) bob.id())))
                .body("unchanged", equalTo(List.of((int) stranger.id(), (int) ann.id())));
        // keeping again changes nothing, the first date stays
        String keptAt = Sql.strings("SELECT kept_at::text FROM relationship_activity WHERE owner_id = ? AND other_id = ?",
                ann.id(), bob.id()).get(0);
        Api.as(ann).body(Map.of("memberIds", List.of(bob.id()))).post("/api/me/relationships/keep").then()
                .statusCode(200).body("changed", hasSize(0)).body("unchanged", equalTo(List.of((int) bob.id())));
        assertEquals(keptAt, Sql.strings("SELECT kept_at::text FROM relationship_activity WHERE owner_id = ? AND other_id = ?",
                ann.id(), bob.id()).get(0));

        assertEquals(List.of(carl.id()), review(ann, Map.of()).getList("items.member.id", Long.class));
        JsonPath all = review(ann, Map.of("kept", "INCLUDE", "sort", "CONNECTED_SINCE"));
        assertEquals(List.of(bob.id(), carl.id()), all.getList("items.member.id", Long.class));
        assertTrue(all.getString("items[0].keptAt") != null);
        assertEquals(null, all.getString("items[1].keptAt"));
        assertEquals(List.of(bob.id()), review(ann, Map.of("kept", "ONLY", "sort", "STRENGTH")).getList("items.member.id", Long.class));
        Api.as(ann).queryParam("kept", "MAYBE").get("/api/me/relationships").then().statusCode(400)
                .body("errors.field", hasItem("kept"));
        Api.as(ann).get("/api/me/relationships/summary").then().body("keptCount", equalTo(1))
                .body("text", equalTo("2 connections · 2 without any interaction in 2 years · 1 kept"));

        Api.as(ann).body(Map.of("memberIds", List.of(bob.id(), carl.id()))).post("/api/me/relationships/unkeep").then()
                .statusCode(200).body("changed", equalTo(List.of((int) bob.id()))).body("unchanged", equalTo(List.of((int) carl.id())));
        assertEquals(2, review(ann, Map.of()).getList("items").size());
    }

    @Test
    void keep_isMineOnly_changesNothingForANonConnection_andGoesWithTheConnection() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember eve = TestMember.create();
        Graph.connect(ann, bob);
        Graph.connect(eve, bob);
        // Eve is not connected with Ann: keeping Ann changes nothing anywhere
        Api.as(eve).body(Map.of("memberIds", List.of(ann.id()))).post("/api/me/relationships/keep").then()
                .statusCode(200).body("changed", hasSize(0));
        assertEquals(0, Sql.count("SELECT count(*) FROM relationship_activity WHERE kept_at IS NOT NULL AND ? IN (owner_id, other_id)",
                ann.id()));
        Api.as(ann).body(Map.of("memberIds", List.of(bob.id()))).post("/api/me/relationships/keep").then()
                .statusCode(200).body("changed", hasSize(1));
        // Bob's own review and Eve's know nothing of Ann's keep
        assertEquals(null, review(bob, Map.of("kept", "INCLUDE")).getString("items.find { it.member.id == " + ann.id() + " }.keptAt"));
        assertEquals(2, review(bob, Map.of()).getList("items").size());
        Api.as(bob).get("/api/me/relationships/summary").then().body("keptCount", equalTo(0));
        Api.as(eve).get("/api/me/relationships/summary").then().body("keptCount", equalTo(0));
        // Eve cannot take back Ann's keep
        Api.as(eve).body(Map.of("memberIds", List.of(bob.id()))).post("/api/me/relationships/unkeep").then()
                .statusCode(200).body("changed", hasSize(0));
        Api.as(ann).get("/api/me/relationships/summary").then().body("keptCount", equalTo(1));
        // the export carries it; ending the connection forgets it
        Api.as(ann).get("/api/me/export").then().statusCode(200).body("relationships.kept.memberId", equalTo(List.of((int) bob.id())));
        Api.as(ann).delete("/api/me/connections/" + bob.id()).then().statusCode(204);
        Graph.connect(ann, bob);
        Api.as(ann).get("/api/me/relationships/summary").then().body("keptCount", equalTo(0));
        Api.as(ann).get("/api/me/export").then().statusCode(200).body("relationships.kept", hasSize(0));
    }
}
