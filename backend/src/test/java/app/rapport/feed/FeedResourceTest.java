package app.rapport.feed;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.support.Api;
import app.rapport.support.Graph;
import app.rapport.support.TestMember;
import app.rapport.tags.TagSelection;
import app.rapport.tags.TagView;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedResourceTest {

    @Inject
    FeedService feeds;

    static long post(TestMember author, String text) {
        return post(author, text, "PUBLIC");
    }

    static long post(TestMember author, String text, String visibility) {
        return Api.as(author).body(Map.of("text", text, "visibility", visibility)).post("/api/posts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath page(TestMember me, String path, Map<String, ?> params) {
        return Api.as(me).queryParams(params).get(path).then().statusCode(200).extract().jsonPath();
    }

    /** Every item of a feed, following cursors; "post.id" of each. */
    static List<Long> all(TestMember me, String path, Map<String, Object> params, int limit) {
        List<Long> ids = new ArrayList<>();
        Map<String, Object> q = new java.util.HashMap<>(params);
        q.put("limit", limit);
        while (true) {
            JsonPath p = page(me, path, q);
            ids.addAll(p.getList("items.post.id", Long.class));
            String next = p.getString("nextCursor");
            if (next == null) {
                return ids;
            }
            q.put("cursor", next);
        }
    }

    @Test
    void home_hasOwnAndFollowedPostsAndReshares_newestFirst_withoutStrangers() {
        TestMember me = TestMember.create();
        TestMember followed = TestMember.create();
        TestMember stranger = TestMember.create();
        Graph.follow(me, followed);
        long a = post(me, "mine");
        long b = post(followed, "theirs");
        long s = post(stranger, "not for me");
        long r = Api.as(followed).post("/api/posts/" + s + "/reshare").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(me).post("/api/posts/" + b + "/like").then().statusCode(200);
        Api.as(me).post("/api/posts/" + s + "/like").then().statusCode(200);
        JsonPath feed = page(me, "/api/feeds/home", Map.of());
        assertEquals(List.of(r, b, a), feed.getList("items.post.id", Long.class));
        assertEquals("RESHARE", feed.getString("items[0].post.kind"));
        assertEquals(s, feed.getLong("items[0].post.resharedPost.id"));
        assertEquals("POSTED", feed.getString("items[0].reason"));
        // "liked by me" per post of the page, the reshared original included
        assertEquals(List.of(false, true, false), feed.getList("items.post.likedByMe", Boolean.class));
        assertEquals(true, feed.getBoolean("items[0].post.resharedPost.likedByMe"));
    }

    @Test
    void home_showsPostsLikedByConnections_once_withAttribution() {
        TestMember me = TestMember.create();
        TestMember friend1 = TestMember.create("Friend One");
        TestMember friend2 = TestMember.create("Friend Two");
        TestMember fan = TestMember.create();
        TestMember outsider = TestMember.create();
        Graph.connect(me, friend1);
        Graph.connect(me, friend2);
        Graph.follow(me, fan); // followed, not connected: their likes do not count
        long p = post(outsider, "interesting");
        long q = post(outsider, "liked by a follow only");
        Api.as(friend1).post("/api/posts/" + p + "/like").then().statusCode(200);
        Api.as(friend2).post("/api/posts/" + p + "/like").then().statusCode(200);
        Api.as(fan).post("/api/posts/" + q + "/like").then().statusCode(200);
        JsonPath feed = page(me, "/api/feeds/home", Map.of());
        assertEquals(List.of(p), feed.getList("items.post.id", Long.class));
        assertEquals("LIKED_BY_CONNECTION", feed.getString("items[0].reason"));
        assertEquals(friend1.handle(), feed.getString("items[0].actor.handle"));
        // a friend liking the post of someone I follow does not duplicate it
        long own = post(friend1, "by a connection");
        Api.as(friend2).post("/api/posts/" + own + "/like").then().statusCode(200);
        assertEquals(List.of(own, p), page(me, "/api/feeds/home", Map.of()).getList("items.post.id", Long.class));
    }

    @Test
    void connectionsOnlyPosts_reachConnections_notMereFollowers_andUnfollowQuiets() {
        TestMember author = TestMember.create();
        TestMember friend = TestMember.create();
        TestMember fan = TestMember.create();
        Graph.connect(author, friend);
        Graph.follow(fan, author);
        long pub = post(author, "public");
        long priv = post(author, "connections only", "CONNECTIONS");
        assertEquals(List.of(priv, pub), page(friend, "/api/feeds/home", Map.of()).getList("items.post.id", Long.class));
        assertEquals(List.of(pub), page(fan, "/api/feeds/home", Map.of()).getList("items.post.id", Long.class));
        Graph.unfollow(friend, author);
        assertEquals(List.of(), page(friend, "/api/feeds/home", Map.of()).getList("items.post.id", Long.class));
    }

    @Test
    void careerUpdates_reachFollowers_unlessNotAnnounced() {
        TestMember me = TestMember.create();
        TestMember pro = TestMember.create();
        Graph.follow(me, pro);
        pro.withProfile(Map.of("currentTitle", "Engineer", "currentCompany", "Acme", "announce", true));
        pro.withProfile(Map.of("currentTitle", "Staff Engineer"));
        pro.withProfile(Map.of("currentCompany", "Globex", "announce", false));
        Api.as(pro).body(Map.of("title", "CTO", "company", "Initech", "startDate", "2026-01-01"))
                .post("/api/me/positions").then().statusCode(201);
        Api.as(pro).body(Map.of("title", "Advisor", "company", "Hooli", "startDate", "2026-01-01", "announce", false))
                .post("/api/me/positions").then().statusCode(201);
        JsonPath feed = page(me, "/api/feeds/home", Map.of());
        assertEquals(List.of("CAREER_UPDATE", "CAREER_UPDATE", "CAREER_UPDATE"), feed.getList("items.post.kind"));
        assertEquals(List.of("NEW_POSITION", "PROMOTION", "NEW_POSITION"), feed.getList("items.post.careerUpdate.change"));
        assertEquals("started a new position as CTO at Initech", feed.getString("items[0].post.careerUpdate.summary"));
        assertEquals("was promoted to Staff Engineer at Acme", feed.getString("items[1].post.careerUpdate.summary"));
        Api.as(me).get("/api/profiles/" + pro.handle() + "/posts").then().statusCode(200)
                .body("items.size()", equalTo(3));
    }

    @Test
    void pagination_neverSkipsOrRepeats_whileNewPostsArrive() {
        TestMember me = TestMember.create();
        TestMember followed = TestMember.create();
        Graph.follow(me, followed);
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            expected.add(0, post(i % 2 == 0 ? me : followed, "old " + i));
        }
        List<Long> seen = new ArrayList<>();
        Map<String, Object> q = new java.util.HashMap<>(Map.of("limit", 3));
        for (int round = 0; ; round++) {
            JsonPath p = page(me, "/api/feeds/home", q);
            seen.addAll(p.getList("items.post.id", Long.class));
            post(followed, "new while paging " + round); // newer than everything already listed
            if (p.getString("nextCursor") == null) {
                break;
            }
            q.put("cursor", p.getString("nextCursor"));
        }
        assertEquals(expected, seen);
    }

    @Test
    void limitValidation() {
        TestMember me = TestMember.create();
        Api.as(me).queryParam("limit", 0).get("/api/feeds/home").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        Api.as(me).queryParam("limit", 101).get("/api/feeds/home").then().statusCode(400);
        Api.as(me).queryParam("limit", "ten").get("/api/feeds/home").then().statusCode(400);
        Api.as(me).queryParam("limit", 100).get("/api/feeds/home").then().statusCode(200);
        Api.as(me).queryParam("cursor", "bm9wZQ").get("/api/feeds/home").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        Api.as(me).get("/api/feeds/tagged").then().statusCode(400).body("errors[0].field", equalTo("tagId"));
        Api.as(me).queryParam("tagId", "x").get("/api/feeds/tagged").then().statusCode(400);
        Api.anonymous().get("/api/feeds/home").then().statusCode(401);
    }

    /** me tags a (Clients), b (Clients, Prospects), c (Prospects), d (Clients, Close). */
    record TagWorld(TestMember me, TestMember a, TestMember b, TestMember c, TestMember d, long clients, long prospects,
                    long close, long pa, long pb, long pc, long pd) {
    }

    static TagWorld tagWorld() {
        TestMember me = TestMember.create();
        TestMember a = TestMember.create(), b = TestMember.create(), c = TestMember.create(), d = TestMember.create();
        for (TestMember m : List.of(a, b, c)) {
            Graph.follow(me, m);
        }
        Graph.connect(me, d);
        // posts exist before tagging: the tag feed is retroactive
        long pa = post(a, "a"), pb = post(b, "b"), pc = post(c, "c"), pd = post(d, "d", "CONNECTIONS");
        long clients = tag(me, "Clients"), prospects = tag(me, "Prospects"), close = tag(me, "Close");
        addTo(me, clients, a, b, d);
        addTo(me, prospects, b, c);
        addTo(me, close, d);
        return new TagWorld(me, a, b, c, d, clients, prospects, close, pa, pb, pc, pd);
    }

    static long tag(TestMember me, String name) {
        return Api.as(me).body(Map.of("name", name)).post("/api/tags").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void addTo(TestMember me, long tag, TestMember... members) {
        Api.as(me).body(Map.of("memberIds", java.util.Arrays.stream(members).map(TestMember::id).toList()))
                .post("/api/tags/" + tag + "/members").then().statusCode(200);
    }

    @Test
    void tagFeed_anyAllAndExclusions_retroactive() {
        TagWorld w = tagWorld();
        String path = "/api/feeds/tagged";
        assertEquals(List.of(w.pd(), w.pb(), w.pa()), all(w.me(), path, Map.of("tagId", w.clients()), 20));
        assertEquals(List.of(w.pd(), w.pc(), w.pb(), w.pa()),
                all(w.me(), path, Map.of("tagId", List.of(w.clients(), w.prospects()), "mode", "ANY"), 2));
        assertEquals(List.of(w.pb()), all(w.me(), path, Map.of("tagId", List.of(w.clients(), w.prospects()), "mode", "ALL"), 20));
        assertEquals(List.of(w.pb(), w.pa()),
                all(w.me(), path, Map.of("tagId", w.clients(), "excludeTagId", w.close()), 20));
        long view = Api.as(w.me()).body(Map.of("name", "Pipeline", "mode", "ANY", "tagIds", List.of(w.clients(), w.prospects()),
                "excludedTagIds", List.of(w.close()))).post("/api/tag-views").then().statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(List.of(w.pc(), w.pb(), w.pa()), all(w.me(), path, Map.of("viewId", view), 20));
        // untagging takes a contact out at once
        Api.as(w.me()).delete("/api/tags/" + w.clients() + "/members/" + w.a().id()).then().statusCode(200);
        assertEquals(List.of(w.pd(), w.pb()), all(w.me(), path, Map.of("tagId", w.clients()), 20));
        // tags never change the home feed
        assertEquals(List.of(w.pd(), w.pc(), w.pb()), all(w.me(), "/api/feeds/home", Map.of(), 20).subList(0, 3));
    }

    @Test
    void bothPlans_returnTheSameItems_forHomeAndTagFeeds() {
        TagWorld w = tagWorld();
        TestMember outsider = TestMember.create();
        long liked = post(outsider, "liked by d");
        Api.as(w.d()).post("/api/posts/" + liked + "/like").then().statusCode(200);
        for (int i = 0; i < 6; i++) {
            post(i % 2 == 0 ? w.a() : w.me(), "more " + i);
        }
        for (int limit : List.of(1, 3, 20)) {
            assertEquals(walkHome(w.me().id(), limit, FeedPlan.PER_AUTHOR), walkHome(w.me().id(), limit, FeedPlan.NEWEST_FIRST));
            for (TagView.Mode mode : TagView.Mode.values()) {
                TagSelection s = new TagSelection(mode, List.of(w.clients(), w.prospects()), List.of(w.close()));
                assertEquals(walkTags(w.me().id(), s, limit, FeedPlan.PER_AUTHOR), walkTags(w.me().id(), s, limit, FeedPlan.NEWEST_FIRST));
            }
        }
        List<String> home = walkHome(w.me().id(), 3, FeedPlan.NEWEST_FIRST);
        assertTrue(home.contains("LIKED_BY_CONNECTION:" + liked));
        assertEquals(home.size(), new HashSet<>(home).size());
        assertFalse(home.isEmpty());
    }

    /**
     * The per-author plans read only part of each author's posts (up to a horizon) and check the
     * liked stream's conditions lazily on a bounded set of candidates. One prolific author and a
     * connection whose newest likes are all filtered out (posts by people I follow) push both to
     * their edges: every page size must give the same items as the newest-first plans, in order.
     */
    @Test
    void perAuthorPlans_areExact_whenOneAuthorFillsThePage_andTheNewestLikesAreFilteredOut() {
        TestMember me = TestMember.create();
        TestMember prolific = TestMember.create();
        TestMember friend = TestMember.create();
        List<TestMember> quiet = List.of(TestMember.create(), TestMember.create(), TestMember.create(), TestMember.create());
        Graph.follow(me, prolific);
        quiet.forEach(q -> Graph.follow(me, q));
        Graph.connect(me, friend);
        List<String> expected = new ArrayList<>();
        List<Long> prolificPosts = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            if (i == 6) { // the prolific author's older posts are older than everyone else's newest
                for (TestMember q : quiet) {
                    expected.add(0, "POSTED:" + post(q, "now and then"));
                }
                expected.add(0, "POSTED:" + post(me, "my own"));
                long stranger = post(TestMember.create(), "a stranger's post my friend likes");
                Api.as(friend).post("/api/posts/" + stranger + "/like").then().statusCode(200);
                expected.add(0, "LIKED_BY_CONNECTION:" + stranger);
            }
            long id = post(prolific, "prolific " + i);
            prolificPosts.add(id);
            expected.add(0, "POSTED:" + id);
        }
        for (long id : prolificPosts) { // liked by my connection, but I follow the author: not a liked-by item
            Api.as(friend).post("/api/posts/" + id + "/like").then().statusCode(200);
        }
        for (int limit : List.of(1, 2, 3, 5, 20)) {
            assertEquals(expected, walkHome(me.id(), limit, FeedPlan.PER_AUTHOR), "per author, limit " + limit);
            assertEquals(expected, walkHome(me.id(), limit, FeedPlan.NEWEST_FIRST), "newest first, limit " + limit);
        }
    }

    @Test
    void likedByConnection_neverShowsAuthorsBlockedEitherWay_inEitherPlan() {
        TestMember me = TestMember.create();
        TestMember other = TestMember.create();
        TestMember friend = TestMember.create();
        TestMember iBlocked = TestMember.create();
        TestMember blockedMe = TestMember.create();
        Graph.connect(me, friend);
        Graph.connect(other, friend);
        long mine = post(iBlocked, "from someone I blocked");
        long theirs = post(blockedMe, "from someone who blocked me");
        long fine = post(TestMember.create(), "from a stranger");
        for (long p : List.of(mine, theirs, fine)) {
            Api.as(friend).post("/api/posts/" + p + "/like").then().statusCode(200);
        }
        Api.as(me).put("/api/me/blocks/" + iBlocked.id()).then().statusCode(204);
        Api.as(blockedMe).put("/api/me/blocks/" + me.id()).then().statusCode(204);

        assertEquals(List.of(fine), page(me, "/api/feeds/home", Map.of()).getList("items.post.id", Long.class));
        for (FeedPlan plan : FeedPlan.values()) {
            assertEquals(List.of("LIKED_BY_CONNECTION:" + fine), walkHome(me.id(), 2, plan));
        }
        // another member with the same connection still sees all three
        assertEquals(List.of(fine, theirs, mine), page(other, "/api/feeds/home", Map.of()).getList("items.post.id", Long.class));
    }

    @Test
    void tagFeed_showsOnlyCurrentContacts_neverAcrossABlock_inEitherPlan() {
        TagWorld w = tagWorld(); // Clients: a, b (followed), d (connected)
        TestMember other = TestMember.create();
        for (TestMember m : List.of(w.a(), w.b(), w.d())) {
            Graph.follow(other, m);
        }
        long otherClients = tag(other, "Clients");
        addTo(other, otherClients, w.a(), w.b(), w.d());
        String path = "/api/feeds/tagged";
        assertEquals(List.of(w.pd(), w.pb(), w.pa()), all(w.me(), path, Map.of("tagId", w.clients()), 20));

        Api.as(w.me()).put("/api/me/blocks/" + w.a().id()).then().statusCode(204);   // I block a
        Api.as(w.b()).put("/api/me/blocks/" + w.me().id()).then().statusCode(204);   // b blocks me
        assertEquals(List.of(w.pd()), all(w.me(), path, Map.of("tagId", w.clients()), 20));
        // a stale tag (the contact is gone, the tag row is still there) shows nothing either
        Graph.sql("INSERT INTO tagged_members (tag_id, member_id, owner_id) VALUES (?, ?, ?)", w.clients(), w.a().id(), w.me().id());
        Graph.sql("DELETE FROM connections WHERE member_a_id = ? AND member_b_id = ?",
                Math.min(w.me().id(), w.d().id()), Math.max(w.me().id(), w.d().id()));
        Graph.unfollow(w.me(), w.d());
        assertEquals(List.of(), all(w.me(), path, Map.of("tagId", w.clients()), 20));
        for (FeedPlan plan : FeedPlan.values()) {
            for (TagView.Mode mode : TagView.Mode.values()) {
                assertEquals(List.of(), walkTags(w.me().id(), new TagSelection(mode, List.of(w.clients()), List.of()), 2, plan));
            }
        }
        // another member's tags on the same people are untouched (d's post is for d's connections only)
        assertEquals(List.of(w.pb(), w.pa()), all(other, path, Map.of("tagId", otherClients), 20));
    }

    private List<String> walkHome(long me, int limit, FeedPlan plan) {
        List<String> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<FeedItem> p = feeds.home(me, new PageRequest(cursor, limit), plan);
            p.items().forEach(i -> out.add(i.reason() + ":" + i.post().id()));
            cursor = p.nextCursor();
        } while (cursor != null);
        return out;
    }

    private List<String> walkTags(long me, TagSelection s, int limit, FeedPlan plan) {
        List<String> out = new ArrayList<>();
        String cursor = null;
        do {
            Page<FeedItem> p = feeds.tagged(me, s, new PageRequest(cursor, limit), plan);
            p.items().forEach(i -> out.add(i.reason() + ":" + i.post().id()));
            cursor = p.nextCursor();
        } while (cursor != null);
        return out;
    }
}
