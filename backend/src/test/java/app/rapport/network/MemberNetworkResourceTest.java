package app.rapport.network;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.common.Cursor;
import app.rapport.support.Api;
import app.rapport.support.Graph;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Another member's connections, followers and following: who may open them (the member's
 * network visibility), what a block does, what each item says about the viewer, pagination,
 * and the cost of a page of a 30,000-connection member.
 */
@QuarkusTest
class MemberNetworkResourceTest {

    private static final List<String> LISTS = List.of("connections", "followers", "following");

    private static void choose(TestMember m, String visibility) {
        Api.as(m).body(Map.of("networkVisibility", visibility)).put("/api/me/privacy-settings").then().statusCode(200)
                .body("networkVisibility", equalTo(visibility));
    }

    private static String path(TestMember owner, String list) {
        return "/api/profiles/" + owner.handle() + "/" + list;
    }

    @Test
    void privacySettings_defaultToConnections_andAreEachMembersOwn() {
        TestMember dana = TestMember.create("Dana Reyes");
        TestMember other = TestMember.create();
        Api.as(dana).get("/api/me/privacy-settings").then().statusCode(200).body("networkVisibility", equalTo("CONNECTIONS"));
        choose(dana, "ONLY_ME");
        Api.as(dana).get("/api/me/privacy-settings").then().body("networkVisibility", equalTo("ONLY_ME"));
        Api.as(other).get("/api/me/privacy-settings").then().body("networkVisibility", equalTo("CONNECTIONS"));
        choose(dana, "MEMBERS");
        Api.as(dana).get("/api/me/privacy-settings").then().body("networkVisibility", equalTo("MEMBERS"));
    }

    @Test
    void privacySettings_badChoice_isA400NamingTheField_andChangesNothing() {
        TestMember dana = TestMember.create("Dana Reyes");
        choose(dana, "MEMBERS");
        Api.as(dana).body(Map.of("networkVisibility", "FRIENDS")).put("/api/me/privacy-settings").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("networkVisibility"));
        Api.as(dana).body(Map.of()).put("/api/me/privacy-settings").then().statusCode(400)
                .body("errors.field", hasItem("networkVisibility"));
        Api.as(dana).get("/api/me/privacy-settings").then().body("networkVisibility", equalTo("MEMBERS"));
        Api.anonymous().body(Map.of("networkVisibility", "ONLY_ME")).put("/api/me/privacy-settings").then().statusCode(401);
    }

    @Test
    void strangerWithTheDefault_getsA403WithTheReason_onEveryList_andTheProfileSaysSo() {
        TestMember dana = TestMember.create("Dana Reyes");
        TestMember stranger = TestMember.create("Sam Stranger");
        Graph.connect(dana, TestMember.create());
        Api.as(stranger).get("/api/profiles/" + dana.handle()).then().statusCode(200)
                .body("connectionCount", equalTo(1)).body("networkVisibility", equalTo("CONNECTIONS"))
                .body("networkListsVisible", equalTo(false));
        Api.as(stranger).get(path(dana, "connections")).then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("NETWORK_LIST_HIDDEN"))
                .body("detail", equalTo("Dana Reyes shows their connections only to their connections."));
        Api.as(stranger).get(path(dana, "followers")).then().statusCode(403)
                .body("detail", equalTo("Dana Reyes shows their followers only to their connections."));
        Api.as(stranger).get(path(dana, "following")).then().statusCode(403)
                .body("detail", equalTo("Dana Reyes shows the members they follow only to their connections."));
    }

    @Test
    void connection_seesTheLists_newestFirst_withTheirOwnRelationToEachPerson() {
        TestMember dana = TestMember.create("Dana Reyes");
        TestMember viewer = TestMember.create("Vic Viewer");
        TestMember older = TestMember.create("Olga Older");
        TestMember newer = TestMember.create("Nina Newer");
        TestMember fan = TestMember.create("Fay Fan");
        TestMember idol = TestMember.create("Ida Idol");
        Graph.connect(dana, older);
        Graph.connect(dana, viewer);
        Graph.connect(dana, newer);
        Graph.follow(fan, dana);
        Graph.follow(dana, idol);
        Graph.follow(viewer, newer);   // the viewer follows one of Dana's connections...
        Graph.follow(older, viewer);   // ...and another follows the viewer

        Api.as(viewer).get("/api/profiles/" + dana.handle()).then().body("networkListsVisible", equalTo(true));
        Api.as(viewer).get(path(dana, "connections")).then().statusCode(200)
                .body("items.member.handle", contains(newer.handle(), viewer.handle(), older.handle()))
                .body("items[0].following", equalTo(true)).body("items[0].connected", equalTo(false))
                .body("items[0].member.displayName", equalTo("Nina Newer"))
                .body("items[2].followsMe", equalTo(true)).body("items[2].following", equalTo(false))
                .body("items[1].member.id", equalTo((int) viewer.id()))
                .body("nextCursor", nullValue());
        Api.as(viewer).get(path(dana, "followers")).then().statusCode(200)
                .body("items.member.handle", contains(fan.handle(), newer.handle(), viewer.handle(), older.handle()));
        Api.as(viewer).get(path(dana, "following")).then().statusCode(200)
                .body("items.member.handle", contains(idol.handle(), newer.handle(), viewer.handle(), older.handle()));
    }

    @Test
    void onlyMe_hidesTheListsEvenFromConnections_butNotFromTheMember() {
        TestMember dana = TestMember.create("Dana Reyes");
        TestMember friend = TestMember.create("Fred Friend");
        Graph.connect(dana, friend);
        choose(dana, "ONLY_ME");
        Api.as(friend).get("/api/profiles/" + dana.handle()).then().body("networkListsVisible", equalTo(false))
                .body("networkVisibility", equalTo("ONLY_ME")).body("connectionCount", equalTo(1));
        for (String list : LISTS) {
            Api.as(friend).get(path(dana, list)).then().statusCode(403).body("code", equalTo("NETWORK_LIST_HIDDEN"));
        }
        Api.as(friend).get(path(dana, "connections")).then().body("detail", equalTo("Dana Reyes keeps their connections private."));
        Api.as(friend).get(path(dana, "following")).then().body("detail", equalTo("Dana Reyes keeps the members they follow private."));
        // the member always sees their own lists, whatever they chose
        Api.as(dana).get("/api/profiles/" + dana.handle()).then().body("networkListsVisible", equalTo(true));
        Api.as(dana).get(path(dana, "connections")).then().statusCode(200).body("items.member.id", contains((int) friend.id()));
        // and a change back takes effect at once
        choose(dana, "CONNECTIONS");
        Api.as(friend).get(path(dana, "connections")).then().statusCode(200);
    }

    @Test
    void members_letsEveryMemberSee() {
        TestMember dana = TestMember.create("Dana Reyes");
        TestMember stranger = TestMember.create();
        TestMember friend = TestMember.create();
        Graph.connect(dana, friend);
        choose(dana, "MEMBERS");
        Api.as(stranger).get("/api/profiles/" + dana.handle()).then().body("networkListsVisible", equalTo(true));
        for (String list : LISTS) {
            Api.as(stranger).get(path(dana, list)).then().statusCode(200).body("items.member.id", contains((int) friend.id()));
        }
    }

    @Test
    void blockEitherWay_isA404LikeAnUnknownHandle_whateverTheChoice() {
        TestMember dana = TestMember.create("Dana Reyes");
        TestMember blockedByDana = TestMember.create();
        TestMember blocker = TestMember.create();
        choose(dana, "MEMBERS");
        Api.as(dana).put("/api/me/blocks/" + blockedByDana.id()).then().statusCode(204);
        Api.as(blocker).put("/api/me/blocks/" + dana.id()).then().statusCode(204);
        for (String list : LISTS) {
            for (TestMember viewer : List.of(blockedByDana, blocker)) {
                Api.as(viewer).get(path(dana, list)).then().statusCode(404).contentType("application/problem+json")
                        .body("code", equalTo("MEMBER_NOT_FOUND"))
                        .body("detail", equalTo("No member has the handle '" + dana.handle() + "'."));
            }
            Api.as(dana).get("/api/profiles/nobody_" + dana.id() + "/" + list).then().statusCode(404)
                    .body("code", equalTo("MEMBER_NOT_FOUND"));
        }
    }

    @Test
    void membersBlockedEitherWayWithTheViewer_areLeftOutOfTheLists() {
        TestMember dana = TestMember.create("Dana Reyes");
        TestMember viewer = TestMember.create();
        TestMember iBlocked = TestMember.create();
        TestMember blockedMe = TestMember.create();
        TestMember visible = TestMember.create();
        Graph.connect(dana, viewer);
        for (TestMember m : List.of(iBlocked, blockedMe, visible)) {
            Graph.connect(dana, m);
        }
        Api.as(viewer).put("/api/me/blocks/" + iBlocked.id()).then().statusCode(204);
        Api.as(blockedMe).put("/api/me/blocks/" + viewer.id()).then().statusCode(204);
        for (String list : LISTS) {
            Api.as(viewer).get(path(dana, list)).then().statusCode(200)
                    .body("items.member.id", contains((int) visible.id(), (int) viewer.id()));
            // Dana herself still sees everyone
            Api.as(dana).get(path(dana, list)).then().body("items", hasSize(4));
        }
    }

    @Test
    void lists_arePaginatedByCursor_withoutRepeatsOrGaps() {
        TestMember dana = TestMember.create("Dana Reyes");
        TestMember viewer = TestMember.create();
        Graph.connect(dana, viewer);
        List<Long> seeded = Sql.seedMembers(6);
        for (long id : seeded) {
            Sql.connect(dana.id(), id);
        }
        // the same instant for several rows: the id breaks the tie
        Sql.exec("UPDATE connections SET created_at = '2026-01-01T00:00:00Z' WHERE ? IN (member_a_id, member_b_id)"
                + " AND NOT (member_a_id = ? AND member_b_id = ?)", dana.id(), Math.min(dana.id(), viewer.id()),
                Math.max(dana.id(), viewer.id()));
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var spec = Api.as(viewer).queryParam("limit", 3);
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            JsonPath page = spec.get(path(dana, "connections")).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.member.id", Integer.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(3, pages);
        assertEquals(7, seen.size(), "seen " + seen);
        assertEquals(7, seen.stream().distinct().count(), "seen " + seen);
        assertEquals((int) viewer.id(), seen.get(0), "the newest connection first");
        List<Integer> tied = seen.subList(1, 7);
        assertEquals(tied.stream().sorted((a, b) -> b - a).toList(), tied, "ties newest id first");

        Api.as(viewer).queryParam("cursor", "not-a-cursor").get(path(dana, "connections")).then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        Api.as(viewer).queryParam("limit", 101).get(path(dana, "followers")).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    /** A member with 30,000 connections: the first page and a deep page of their list, as a connection reads them. */
    @Test
    void listOfA30000ConnectionMember_staysFast() {
        TestMember big = TestMember.create("Big Network");
        TestMember viewer = TestMember.create("Viewer");
        List<Long> conns = Sql.seedMembers(30_000);
        Sql.connectRange(big.id(), conns.get(0), conns.get(conns.size() - 1));
        Graph.connect(big, viewer);
        Sql.exec("ANALYZE connections");
        String first = path(big, "connections");
        // the cursor a client holds 20,000 rows in (the position of that row, as the API encodes it)
        String[] at = Sql.strings("""
                SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || ' ' || other_id
                FROM connection_edges WHERE member_id = ? ORDER BY created_at DESC, other_id DESC OFFSET 20000 LIMIT 1""",
                big.id()).get(0).split(" ");
        String deep = Cursor.encode(Instant.parse(at[0]), Long.parseLong(at[1]));
        for (var call : Map.of("first page", "", "20,000 rows in", deep).entrySet()) {
            int runs = 5;
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                var spec = Api.as(viewer).queryParam("limit", 100);
                if (!call.getValue().isEmpty()) {
                    spec = spec.queryParam("cursor", call.getValue());
                }
                spec.get(first).then().statusCode(200).body("items", hasSize(100));
            }
            long ms = (System.nanoTime() - start) / 1_000_000 / runs;
            System.out.printf("30k-connection member's list read by a connection, %s (100 items): %d ms%n", call.getKey(), ms);
            assertTrue(ms < 2_000, call.getKey() + " took " + ms + " ms");
        }
        Api.as(viewer).get(first).then().body("items[0].member.id", equalTo((int) viewer.id()))
                .body("items.member.id", not(hasItem((int) big.id())));
    }
}
