package app.rapport.account;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountDeletionTest {

    private static long post(TestMember m, String text, String visibility) {
        return Api.as(m).body(Map.of("text", text, "visibility", visibility)).post("/api/posts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void connect(TestMember from, TestMember to) {
        long id = Api.as(from).body(Map.of("recipientId", to.id(),
                        "note", "Hi " + to.displayName() + ", we met at the Lisbon product meetup last spring."))
                .post("/api/invitations").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(to).post("/api/invitations/" + id + "/accept").then().statusCode(200);
    }

    private static long tag(TestMember owner, String name, TestMember... members) {
        long tagId = Api.as(owner).body(Map.of("name", name)).post("/api/tags").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        for (TestMember m : members) {
            Api.as(owner).put("/api/tags/" + tagId + "/members/" + m.id()).then().statusCode(200);
        }
        return tagId;
    }

    private static RequestSpecification with(String token) {
        return Api.anonymous().header("Authorization", "Bearer " + token);
    }

    /** Rows still naming the member, in every column that references members(id). */
    private static java.util.Map<String, Long> rowsNamingByTable(long memberId) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        counts.put("members.id", Sql.longs("SELECT count(*) FROM members WHERE id = " + memberId).get(0));
        for (String ref : Sql.strings("""
                SELECT k.table_name || '.' || k.column_name FROM information_schema.referential_constraints rc
                  JOIN information_schema.key_column_usage k ON k.constraint_name = rc.constraint_name
                  JOIN information_schema.constraint_column_usage u ON u.constraint_name = rc.unique_constraint_name
                 WHERE u.table_name = 'members'
                """)) {
            String[] tc = ref.split("\\.");
            counts.merge(ref, Sql.longs("SELECT count(*) FROM " + tc[0] + " WHERE " + tc[1] + " = " + memberId).get(0), Long::sum);
        }
        return counts;
    }

    private static long rowsNaming(long memberId) {
        List<Long> counts = Sql.longs("""
                SELECT count(*) FROM information_schema.referential_constraints rc
                  JOIN information_schema.key_column_usage k ON k.constraint_name = rc.constraint_name
                  JOIN information_schema.constraint_column_usage u ON u.constraint_name = rc.unique_constraint_name
                 WHERE u.table_name = 'members'
                """);
        assertTrue(counts.get(0) > 10, "the schema has member references to check");
        List<String> refs = Sql.strings("""
                SELECT k.table_name || '.' || k.column_name FROM information_schema.referential_constraints rc
                  JOIN information_schema.key_column_usage k ON k.constraint_name = rc.constraint_name
                  JOIN information_schema.constraint_column_usage u ON u.constraint_name = rc.unique_constraint_name
                 WHERE u.table_name = 'members'
                """);
        long total = Sql.longs("SELECT count(*) FROM members WHERE id = " + memberId).get(0);
        for (String ref : refs) {
            String[] tc = ref.split("\\.");
            total += Sql.longs("SELECT count(*) FROM " + tc[0] + " WHERE " + tc[1] + " = " + memberId).get(0);
        }
        return total;
    }

    @Test
    void deletingARichAccount_erasesEverything_keepsOthersCountsRight_andLeavesNothingReadable() {
        TestMember gone = TestMember.create("Gone Member").withProfile(Map.of("headline", "Leaving soon"));
        TestMember alice = TestMember.create("Alice Stays");
        TestMember bob = TestMember.create("Bob Stays");
        TestMember carol = TestMember.create("Carol Stays");

        // Their own content and the leaving member's traces on it.
        long alicePost = post(alice, "Alice's post everyone reacts to", "PUBLIC");
        Api.as(bob).post("/api/posts/" + alicePost + "/like").then().statusCode(200);
        Api.as(bob).body(Map.of("text", "Bob's comment")).post("/api/posts/" + alicePost + "/comments").then().statusCode(201);

        // The leaving member's rich life.
        Api.as(gone).body(Map.of("title", "Engineer", "company", "Acme", "startDate", "2020-01-01"))
                .post("/api/me/positions").then().statusCode(201);
        long publicPost = post(gone, "Public words of the leaving member", "PUBLIC");
        long privatePost = post(gone, "Words for connections only", "CONNECTIONS");
        connect(gone, alice);
        Api.as(gone).put("/api/me/following/" + bob.id()).then().statusCode(200);
        Api.as(bob).put("/api/me/following/" + gone.id()).then().statusCode(200);
        Api.as(gone).body(Map.of("recipientId", carol.id(),
                        "note", "Hello Carol, your talk on payments at FinConf changed how I see refunds."))
                .post("/api/invitations").then().statusCode(201);
        Api.as(gone).post("/api/posts/" + alicePost + "/like").then().statusCode(200);
        Api.as(gone).body(Map.of("text", "First comment by the leaving member")).post("/api/posts/" + alicePost + "/comments").then().statusCode(201);
        Api.as(gone).body(Map.of("text", "Second comment by the leaving member")).post("/api/posts/" + alicePost + "/comments").then().statusCode(201);
        Api.as(gone).body(Map.of("text", "Worth reading")).post("/api/posts/" + alicePost + "/reshare").then().statusCode(201);
        Api.as(alice).post("/api/posts/" + publicPost + "/like").then().statusCode(200);
        Api.as(alice).body(Map.of("text", "Alice on the leaving member's post")).post("/api/posts/" + publicPost + "/comments").then().statusCode(201);
        long aliceReshare = Api.as(alice).body(Map.of()).post("/api/posts/" + publicPost + "/reshare")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long goneTag = tag(gone, "Clients", alice, bob);
        Api.as(gone).body(Map.of("name", "Client view", "tagIds", List.of(goneTag))).post("/api/tag-views").then().statusCode(201);
        Api.as(bob).put("/api/me/following/" + alice.id()).then().statusCode(200);
        long bobTag = tag(bob, "Met at meetups", gone, alice);
        // Private notes both ways, and a conversation with messages both ways.
        Api.as(gone).body(Map.of("text", "Alice: the leaving member's private note"))
                .post("/api/members/" + alice.id() + "/notes").then().statusCode(201);
        long aliceNote = Api.as(alice).body(Map.of("text", "Alice's note about the leaving member"))
                .post("/api/members/" + gone.id() + "/notes").then().statusCode(201).extract().jsonPath().getLong("id");
        long conversation = Api.as(gone).body(Map.of("recipientId", alice.id(), "text", "Secret words of the leaving member"))
                .post("/api/conversations").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(alice).body(Map.of("text", "Alice answers the leaving member")).post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(201);
        String pat = Api.as(gone).body(Map.of("name", "CRM", "scopes", List.of("READ", "WRITE")))
                .post("/api/me/access-tokens").then().statusCode(201).extract().path("accessToken");
        String secondSession = Api.anonymous().body(Map.of("email", gone.email(), "password", TestMember.PASSWORD))
                .post("/api/tokens").then().statusCode(200).extract().path("accessToken");

        Api.as(alice).get("/api/posts/" + alicePost).then().body("likeCount", equalTo(2))
                .body("commentCount", equalTo(3)).body("reshareCount", equalTo(1));
        Api.as(alice).get("/api/me").then().body("connectionCount", equalTo(1))
                .body("followerCount", equalTo(2)).body("followingCount", equalTo(1));

        // Delete.
        Api.as(gone).body(Map.of("password", TestMember.PASSWORD)).post("/api/me/deletion").then().statusCode(204);

        // Every credential of the member stops at once; the password no longer logs in.
        Api.as(gone).get("/api/me").then().statusCode(401).contentType("application/problem+json");
        with(secondSession).get("/api/me").then().statusCode(401);
        with(pat).get("/api/me").then().statusCode(401);
        Api.anonymous().body(Map.of("email", gone.email(), "password", TestMember.PASSWORD))
                .post("/api/tokens").then().statusCode(401);

        // Nothing of theirs is readable by anyone.
        for (TestMember viewer : List.of(alice, bob, carol)) {
            Api.as(viewer).get("/api/profiles/" + gone.handle()).then().statusCode(404);
            Api.as(viewer).get("/api/profiles/" + gone.handle() + "/posts").then().statusCode(404);
            Api.as(viewer).get("/api/profiles/" + gone.handle() + "/mutual-connections").then().statusCode(404);
            Api.as(viewer).get("/api/posts/" + publicPost).then().statusCode(404);
            Api.as(viewer).get("/api/posts/" + privatePost).then().statusCode(404);
            Api.as(viewer).get("/api/posts/" + aliceReshare).then().statusCode(404);
            Api.as(viewer).get("/api/feeds/home").then().statusCode(200).body(everythingBut(gone));
            Api.as(viewer).queryParam("q", "Gone Member").get("/api/profiles").then().statusCode(200)
                    .body(everythingBut(gone));
            for (String list : List.of("/api/me/connections", "/api/me/followers", "/api/me/following",
                    "/api/me/suggestions", "/api/invitations/received", "/api/invitations/sent")) {
                Api.as(viewer).get(list).then().statusCode(200).body(everythingBut(gone));
            }
        }
        // Notes about them and the conversation with them are gone; my messages' content is nowhere.
        Api.as(alice).delete("/api/notes/" + aliceNote).then().statusCode(404);
        Api.as(alice).get("/api/conversations/" + conversation).then().statusCode(404);
        Api.as(alice).get("/api/conversations").then().statusCode(200).body(everythingBut(gone))
                .body(not(org.hamcrest.Matchers.containsString("Secret words")));
        Api.as(alice).get("/api/inbox").then().statusCode(200).body(not(org.hamcrest.Matchers.containsString("Secret words")));
        Api.as(alice).queryParam("q", "secret").get("/api/me/search").then().statusCode(200).body("items", empty());
        assertEquals(0, Sql.count("SELECT count(*) FROM messages WHERE body LIKE '%leaving member%'"));
        assertEquals(0, Sql.count("SELECT count(*) FROM notes WHERE body LIKE '%leaving member%'"));
        assertEquals(0, Sql.count("SELECT count(*) FROM inbox_items WHERE preview LIKE '%leaving member%'"));
        assertEquals(0, Sql.count("SELECT count(*) FROM member_events WHERE payload::text LIKE '%leaving member%'"));
        Api.as(alice).get("/api/posts/" + alicePost).then().statusCode(200)
                .body("likeCount", equalTo(1)).body("commentCount", equalTo(1)).body("reshareCount", equalTo(0));
        Api.as(alice).get("/api/posts/" + alicePost + "/comments").then().statusCode(200)
                .body("items.author.id", everyItem(equalTo((int) bob.id())));
        Api.as(alice).get("/api/me").then().body("connectionCount", equalTo(0))
                .body("followerCount", equalTo(1)).body("followingCount", equalTo(0));
        Api.as(bob).get("/api/me").then().body("followerCount", equalTo(0)).body("followingCount", equalTo(1));
        Api.as(carol).get("/api/me").then().body("pendingInvitationCount", equalTo(0));
        Api.as(bob).get("/api/tags").then().body("items.find { it.id == " + bobTag + " }.memberCount", equalTo(1));
        Api.as(bob).get("/api/tags/" + bobTag + "/members").then().statusCode(200)
                .body(everythingBut(gone));
        Api.as(bob).queryParam("tagId", bobTag).get("/api/feeds/tagged").then().statusCode(200)
                .body(everythingBut(gone));
        Api.as(bob).get("/api/profiles/" + alice.handle()).then().statusCode(200)
                .body("mutualConnectionCount", equalTo(0));

        // And in the database, no row anywhere names them; counters equal a recount.
        assertEquals(0, rowsNaming(gone.id()));
        assertEquals(0, Sql.longs("""
                SELECT count(*) FROM member_graph_totals g WHERE
                  g.followers <> (SELECT count(*) FROM follows f WHERE f.followee_id = g.member_id)
                  OR g.following <> (SELECT count(*) FROM follows f WHERE f.follower_id = g.member_id)
                  OR g.connections <> (SELECT count(*) FROM connection_edges e WHERE e.member_id = g.member_id)
                """).get(0));
        assertEquals(0, Sql.longs("""
                SELECT count(*) FROM posts p WHERE
                  p.like_count <> (SELECT count(*) FROM post_likes l WHERE l.post_id = p.id)
                  OR p.comment_count <> (SELECT count(*) FROM comments c WHERE c.post_id = p.id)
                  OR p.reshare_count <> (SELECT count(*) FROM posts r WHERE r.reshared_post_id = p.id)
                """).get(0));
    }

    private static org.hamcrest.Matcher<?> everythingBut(TestMember gone) {
        return org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("\"" + gone.handle() + "\""));
    }

    @Test
    void wrongPassword_refusesTheDeletion_andErasesNothing() {
        TestMember m = TestMember.create();
        long postId = post(m, "Still here", "PUBLIC");
        java.util.Map<String, Long> before = rowsNamingByTable(m.id());
        Api.as(m).body(Map.of("password", "not-it")).post("/api/me/deletion").then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("WRONG_PASSWORD")).body("errors.field", hasItem("password"));
        Api.as(m).get("/api/posts/" + postId).then().statusCode(200);
        // Nothing erased: every table still holds at least what it held (a request may add
        // bookkeeping rows, e.g. the session's last-seen stamp or live-event counters).
        java.util.Map<String, Long> after = rowsNamingByTable(m.id());
        before.forEach((table, count) -> assertTrue(after.get(table) >= count,
                table + " lost rows: " + count + " -> " + after.get(table)));
    }

    @Test
    void deletion_withoutPassword_isValidationProblem() {
        TestMember m = TestMember.create();
        Api.as(m).body(Map.of()).post("/api/me/deletion").then().statusCode(400)
                .body("errors.field", hasItem("password"));
        Api.as(m).get("/api/me").then().statusCode(200);
    }

    /** Account deletion relies on cascades: no foreign key may block or outlive a member's deletion. */
    @Test
    void everyForeignKey_cascadesOnDelete() {
        List<String> notCascading = Sql.strings("""
                SELECT conrelid::regclass || ' -> ' || confrelid::regclass
                  FROM pg_constraint WHERE contype = 'f' AND confdeltype NOT IN ('c', 'n')
                """);
        assertEquals(List.of(), notCascading);
        assertTrue(Sql.longs("SELECT count(*) FROM pg_constraint WHERE contype = 'f'").get(0) > 10);
    }

    @Test
    void anotherMembersDeletion_leavesMyData() {
        TestMember me = TestMember.create();
        TestMember other = TestMember.create();
        long mine = post(me, "Mine stays", "PUBLIC");
        Api.as(other).body(Map.of("password", TestMember.PASSWORD)).post("/api/me/deletion").then().statusCode(204);
        Api.as(me).get("/api/posts/" + mine).then().statusCode(200);
        Api.as(me).get("/api/me").then().statusCode(200);
        Api.as(me).get("/api/me/access-tokens").then().statusCode(200).body("items", empty());
    }
}
