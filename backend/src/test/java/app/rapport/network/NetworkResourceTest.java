package app.rapport.network;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Degrees, mutual connections, people you may know, connection removal, and their cost at 30,000 connections. */
@QuarkusTest
class NetworkResourceTest {

    @Test
    void profile_showsDegreeMutualsAndRelation() {
        TestMember me = TestMember.create("Me");
        TestMember friend = TestMember.create("Alice Friend");
        TestMember friend2 = TestMember.create("Bruno Friend");
        TestMember second = TestMember.create("Second");
        TestMember stranger = TestMember.create("Stranger");
        Sql.connect(me.id(), friend.id());
        Sql.connect(me.id(), friend2.id());
        Sql.connect(friend.id(), second.id());
        Sql.connect(friend2.id(), second.id());

        Api.as(me).get("/api/profiles/" + me.handle()).then().statusCode(200)
                .body("degree", equalTo("SELF")).body("connectionState", equalTo("SELF"))
                .body("connectionCount", equalTo(2));
        Api.as(me).get("/api/profiles/" + friend.handle()).then()
                .body("degree", equalTo("FIRST")).body("connectionState", equalTo("CONNECTED"))
                .body("following", equalTo(true)).body("followsMe", equalTo(true))
                .body("connectionCount", equalTo(2)).body("followerCount", equalTo(2));
        Api.as(me).get("/api/profiles/" + second.handle()).then()
                .body("degree", equalTo("SECOND"))
                .body("mutualConnectionCount", equalTo(2))
                .body("mutualConnections.displayName", equalTo(List.of("Alice Friend", "Bruno Friend")))
                .body("connectionState", equalTo("NONE"))
                .body("invitationPolicy", equalTo("NOTE_REQUIRED"));
        Api.as(me).get("/api/profiles/" + stranger.handle()).then()
                .body("degree", equalTo("THIRD_PLUS")).body("mutualConnectionCount", equalTo(0))
                .body("mutualConnections", hasSize(0));
    }

    @Test
    void mutualConnections_arePaginatedInNameOrder() {
        TestMember me = TestMember.create();
        TestMember other = TestMember.create();
        List<Long> shared = Sql.seedMembers(5);
        for (long id : shared) {
            Sql.connect(me.id(), id);
            Sql.connect(other.id(), id);
        }
        Sql.connect(me.id(), Sql.seedMembers(1).get(0)); // not shared
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        do {
            var spec = Api.as(me).queryParam("limit", 2);
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/profiles/" + other.handle() + "/mutual-connections")
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.member.id", Integer.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertTrue(seen.containsAll(shared.stream().map(Long::intValue).toList()));
        Api.as(me).get("/api/profiles/nobody_here_xyz/mutual-connections").then().statusCode(404);
    }

    @Test
    void suggestions_rankSecondDegreeByMutuals_withoutFollowedOrInvited() {
        TestMember me = TestMember.create();
        List<Long> friends = Sql.seedMembers(3);
        List<Long> candidates = Sql.seedMembers(4); // c0: 3 mutuals, c1: 2, c2: 1 (followed), c3: 1 (invited)
        friends.forEach(f -> Sql.connect(me.id(), f));
        for (int i = 0; i < 3; i++) {
            Sql.connect(friends.get(i), candidates.get(0));
        }
        Sql.connect(friends.get(0), candidates.get(1));
        Sql.connect(friends.get(1), candidates.get(1));
        Sql.connect(friends.get(0), candidates.get(2));
        Sql.connect(friends.get(2), candidates.get(3));
        Sql.exec("INSERT INTO follows (follower_id, followee_id) VALUES (?, ?)", me.id(), candidates.get(2));
        Sql.exec("""
                INSERT INTO invitations (sender_id, recipient_id, note, score, verdict, state)
                VALUES (?, ?, 'hi', 10, 'GENERIC', 'PENDING')""", candidates.get(3), me.id());

        Api.as(me).get("/api/me/suggestions").then().statusCode(200)
                .body("items.member.id", equalTo(List.of(candidates.get(0).intValue(), candidates.get(1).intValue())))
                .body("items.mutualConnectionCount", equalTo(List.of(3, 2)));
        var first = Api.as(me).queryParam("limit", 1).get("/api/me/suggestions").then().extract().jsonPath();
        Api.as(me).queryParam("limit", 1).queryParam("cursor", first.getString("nextCursor"))
                .get("/api/me/suggestions").then()
                .body("items[0].member.id", equalTo(candidates.get(1).intValue()));
    }

    @Test
    void removeConnection_endsItSilently_andBothStopFollowing() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        Api.as(ann).delete("/api/me/connections/" + bob.id()).then().statusCode(204);
        Api.as(ann).delete("/api/me/connections/" + bob.id()).then().statusCode(204);
        Api.as(bob).get("/api/profiles/" + ann.handle()).then()
                .body("connectionState", equalTo("NONE")).body("following", equalTo(false))
                .body("followsMe", equalTo(false));
        Api.as(bob).get("/api/me").then().body("connectionCount", equalTo(0)).body("followerCount", equalTo(0));
        Api.as(ann).delete("/api/me/connections/999999999").then().statusCode(404);
    }

    @Test
    void unfollowConnection_keepsTheConnection() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        Api.as(ann).delete("/api/me/following/" + bob.id()).then().statusCode(200)
                .body("following", equalTo(false)).body("connected", equalTo(true)).body("followsMe", equalTo(true));
        Api.as(ann).get("/api/me/connections").then().body("items[0].member.id", equalTo((int) bob.id()))
                .body("items[0].following", equalTo(false));
    }

    /**
     * A member with 30,000 connections (each of whom has 3 more connections, 120,000 rows in
     * all): profile reads, lists, mutuals and suggestions stay set-based. Prints timings.
     */
    @Test
    void memberWith30000Connections_readsStayFast() {
        TestMember big = TestMember.create("Big Network");
        TestMember peer = TestMember.create("Peer");
        List<Long> conns = Sql.seedMembers(30_000);
        long lo = conns.get(0);
        long hi = conns.get(conns.size() - 1);
        Sql.connectRange(big.id(), lo, hi);
        Sql.connectRange(peer.id(), lo, lo + 9_999); // 10,000 mutuals with peer
        List<Long> outer = Sql.seedMembers(1_000);
        // every connection also knows 3 of the 1,000 outer members: 90,000 second-degree edges
        Sql.exec("""
                INSERT INTO connections (member_a_id, member_b_id)
                SELECT c.id, ? + ((c.id * k) % 1000) FROM members c, generate_series(1, 3) k
                WHERE c.id BETWEEN ? AND ? ON CONFLICT DO NOTHING""", outer.get(0), lo, hi);
        Sql.exec("ANALYZE connections");
        Sql.exec("ANALYZE follows");

        Map<String, String> calls = Map.of(
                "profile (degree + mutuals)", "/api/profiles/" + peer.handle(),
                "connections page", "/api/me/connections",
                "mutual connections page", "/api/profiles/" + peer.handle() + "/mutual-connections",
                "people you may know", "/api/me/suggestions",
                "me (counts)", "/api/me");
        for (var call : calls.entrySet()) {
            Api.as(big).get(call.getValue()).then().statusCode(200); // warm up
            long start = System.nanoTime();
            int runs = 5;
            for (int i = 0; i < runs; i++) {
                Api.as(big).get(call.getValue()).then().statusCode(200);
            }
            long ms = (System.nanoTime() - start) / 1_000_000 / runs;
            System.out.printf("30k-connection member, %s: %d ms%n", call.getKey(), ms);
            assertTrue(ms < 2_000, call.getKey() + " took " + ms + " ms");
        }
        Api.as(big).get("/api/profiles/" + peer.handle()).then()
                .body("mutualConnectionCount", equalTo(10_000)).body("degree", equalTo("SECOND"));
        Api.as(big).get("/api/me").then().body("connectionCount", equalTo(30_000));
        Api.as(big).get("/api/me/suggestions").then().body("items", hasSize(20))
                .body("items.member.id", not(hasItem((int) big.id())));
    }
}
