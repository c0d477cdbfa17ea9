package app.rapport.notifications;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationResourceTest {

    static final String NOTE = "Hi, we met at the Berlin payments meetup last week and talked about ledger design.";

    static long post(TestMember author, String text) {
        return Api.as(author).body(Map.of("text", text)).post("/api/posts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static JsonPath list(TestMember m) {
        return Api.as(m).get("/api/me/notifications").then().statusCode(200).extract().jsonPath();
    }

    static int unread(TestMember m) {
        int counted = Api.as(m).get("/api/me/notifications/unread-count").then().statusCode(200)
                .extract().jsonPath().getInt("unreadCount");
        // The counter equals what counting the rows would give.
        assertEquals(Sql.count("SELECT count(*) FROM notifications WHERE member_id = ? AND read_at IS NULL", m.id()),
                counted);
        return counted;
    }

    static void like(TestMember m, long post) {
        Api.as(m).post("/api/posts/" + post + "/like").then().statusCode(200);
    }

    @Test
    void likesOnOnePost_areGroupedNewestFirst_andTheCountComesFromTheCounter() {
        TestMember author = TestMember.create("Author Grouped");
        TestMember ana = TestMember.create("Ana Lima");
        TestMember ben = TestMember.create("Ben Ode");
        TestMember cat = TestMember.create("Cat Roy");
        TestMember dan = TestMember.create("Dan Poe");
        long p = post(author, "Shipping the ledger rewrite today.");
        like(ben, p);
        like(cat, p);
        like(dan, p);
        like(ana, p);
        like(ana, p); // idempotent: no second actor

        JsonPath n = list(author);
        assertEquals(1, n.getList("items").size());
        assertEquals("POST_LIKED", n.getString("items[0].kind"));
        assertEquals(4, n.getInt("items[0].actorCount"));
        assertEquals("Ana Lima and 3 others liked your post.", n.getString("items[0].text"));
        assertEquals(List.of("Ana Lima", "Dan Poe", "Cat Roy"), n.getList("items[0].actors.displayName"));
        assertEquals(p, n.getLong("items[0].postId"));
        assertEquals("Shipping the ledger rewrite today.", n.getString("items[0].postExcerpt"));
        assertEquals(false, n.getBoolean("items[0].read"));
        assertEquals(1, unread(author));

        // A comment is another group, newer, so first.
        Api.as(ben).body(Map.of("text", "Congrats!")).post("/api/posts/" + p + "/comments").then().statusCode(201);
        n = list(author);
        assertEquals(List.of("POST_COMMENTED", "POST_LIKED"), n.getList("items.kind"));
        assertEquals("Ben Ode commented on your post.", n.getString("items[0].text"));
        assertEquals(2, unread(author));
    }

    @Test
    void readState_oneAndAll_andAReadGroupIsNotReopened() {
        TestMember author = TestMember.create("Reader");
        TestMember ana = TestMember.create("Ana Read");
        TestMember ben = TestMember.create("Ben Read");
        long p = post(author, "A post to read about.");
        like(ana, p);
        long first = list(author).getLong("items[0].id");
        Api.as(author).post("/api/me/notifications/" + first + "/read").then().statusCode(200)
                .body("read", equalTo(true)).body("id", equalTo((int) first));
        Api.as(author).post("/api/me/notifications/" + first + "/read").then().statusCode(200).body("read", equalTo(true));
        assertEquals(0, unread(author));

        // New activity after reading starts a new, unread group.
        like(ben, p);
        JsonPath n = list(author);
        assertEquals(2, n.getList("items").size());
        assertNotEquals(first, n.getLong("items[0].id"));
        assertEquals("Ben Read liked your post.", n.getString("items[0].text"));
        assertEquals(1, unread(author));

        TestMember fan = TestMember.create("Fan Read");
        Api.as(fan).put("/api/me/following/" + author.id()).then().statusCode(200);
        assertEquals(2, unread(author));
        Api.as(author).post("/api/me/notifications/read").then().statusCode(200).body("unreadCount", equalTo(0));
        assertEquals(0, unread(author));
        assertTrue(list(author).getList("items.read", Boolean.class).stream().allMatch(r -> r));
    }

    @Test
    void keysetPagination_walksEveryNotificationOnce() {
        TestMember author = TestMember.create("Paged");
        for (int i = 0; i < 5; i++) {
            long p = post(author, "Post number " + i);
            like(TestMember.create(), p);
        }
        JsonPath first = Api.as(author).queryParam("limit", 2).get("/api/me/notifications").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, first.getList("items").size());
        String cursor = first.getString("nextCursor");
        JsonPath second = Api.as(author).queryParam("limit", 2).queryParam("cursor", cursor)
                .get("/api/me/notifications").then().statusCode(200).extract().jsonPath();
        JsonPath third = Api.as(author).queryParam("limit", 2).queryParam("cursor", second.getString("nextCursor"))
                .get("/api/me/notifications").then().statusCode(200).extract().jsonPath();
        assertEquals(1, third.getList("items").size());
        assertEquals(null, third.getString("nextCursor"));
        List<Object> all = new java.util.ArrayList<>();
        all.addAll(first.getList("items.postExcerpt"));
        all.addAll(second.getList("items.postExcerpt"));
        all.addAll(third.getList("items.postExcerpt"));
        assertEquals(List.of("Post number 4", "Post number 3", "Post number 2", "Post number 1", "Post number 0"), all);
        Api.as(author).queryParam("limit", 0).get("/api/me/notifications").then().statusCode(400);
        Api.as(author).queryParam("cursor", "garbage").get("/api/me/notifications").then().statusCode(400);
    }

    @Test
    void anotherMembersNotification_is404_toReadAndToMark() {
        TestMember author = TestMember.create();
        TestMember eve = TestMember.create();
        long p = post(author, "Mine only.");
        like(TestMember.create(), p);
        long id = list(author).getLong("items[0].id");
        Api.as(eve).post("/api/me/notifications/" + id + "/read").then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        Api.as(eve).post("/api/me/notifications/999999999/read").then().statusCode(404);
        Api.as(eve).get("/api/me/notifications").then().statusCode(200).body("items", hasSize(0));
        Api.as(eve).post("/api/me/notifications/read").then().statusCode(200);
        assertEquals(1, unread(author));
        Api.anonymous().get("/api/me/notifications").then().statusCode(401);
    }

    @Test
    void eachKind_isProduced() {
        TestMember me = TestMember.create("Me Kinds");
        TestMember ana = TestMember.create("Ana Kinds");
        TestMember ben = TestMember.create("Ben Kinds");
        TestMember cat = TestMember.create("Cat Kinds");

        // NEW_FOLLOWER
        Api.as(ana).put("/api/me/following/" + me.id()).then().statusCode(200);
        // REQUEST_ACCEPTED and NOW_FOLLOWING: the sender learns only that they now follow
        long toBen = Api.as(me).body(Map.of("recipientId", ben.id(), "note", NOTE)).post("/api/invitations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(ben).post("/api/invitations/" + toBen + "/accept").then().statusCode(200);
        long toCat = Api.as(me).body(Map.of("recipientId", cat.id(), "note", NOTE)).post("/api/invitations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(cat).post("/api/invitations/" + toCat + "/make-follower").then().statusCode(200);
        // POST_LIKED, POST_COMMENTED, POST_RESHARED on my post
        long mine = post(me, "My post for every kind.");
        like(ana, mine);
        Api.as(ana).body(Map.of("text", "Nice one")).post("/api/posts/" + mine + "/comments").then().statusCode(201);
        Api.as(ana).body(Map.of()).post("/api/posts/" + mine + "/reshare").then().statusCode(201);
        // THREAD_COMMENTED: someone comments after me on Cat's post
        long cats = post(cat, "Cat's post with a thread.");
        Api.as(me).body(Map.of("text", "First!")).post("/api/posts/" + cats + "/comments").then().statusCode(201);
        Api.as(ana).body(Map.of("text", "Second")).post("/api/posts/" + cats + "/comments").then().statusCode(201);
        // CAREER_UPDATE: Ana is under my tag chosen for career updates
        long tag = Api.as(me).body(Map.of("name", "watch")).post("/api/tags").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(me).put("/api/me/following/" + ana.id()).then().statusCode(200);
        Api.as(me).body(Map.of("memberIds", List.of(ana.id()))).post("/api/tags/" + tag + "/members")
                .then().statusCode(200);
        Api.as(me).body(Map.of("careerTagIds", List.of(tag))).put("/api/me/notification-settings").then()
                .statusCode(200).body("careerTags.id", contains((int) tag)).body("careerTags.name", contains("watch"));
        Api.as(ana).body(Map.of("title", "CTO", "company", "Acme Kinds", "startDate", "2024-01-01", "announce", true))
                .post("/api/me/positions").then().statusCode(201);
        // Ben changes job too, but is under no chosen tag: nothing.
        Api.as(ben).body(Map.of("title", "CEO", "company", "Elsewhere", "startDate", "2024-01-01", "announce", true))
                .post("/api/me/positions").then().statusCode(201);

        JsonPath n = list(me);
        List<String> kinds = n.getList("items.kind");
        for (String k : List.of("NEW_FOLLOWER", "REQUEST_ACCEPTED", "NOW_FOLLOWING", "POST_LIKED", "POST_COMMENTED",
                "POST_RESHARED", "THREAD_COMMENTED", "CAREER_UPDATE")) {
            assertTrue(kinds.contains(k), k + " missing from " + kinds);
        }
        assertEquals(8, kinds.size(), kinds.toString());
        String all = String.join("\n", n.getList("items.text", String.class));
        assertTrue(all.contains("Ana Kinds started following you."), all);
        assertTrue(all.contains("Ben Kinds accepted your connection request."), all);
        assertTrue(all.contains("You now follow Cat Kinds."), all);
        assertTrue(all.contains("Ana Kinds reshared your post."), all);
        assertTrue(all.contains("Ana Kinds also commented on a post you commented on."), all);
        assertTrue(all.contains("Ana Kinds started a new position as CTO at Acme Kinds."), all);
        assertTrue(!all.toLowerCase().contains("made you a follower"), all);
        // Cat (the recipient who made me a follower) and Ben are told nothing about their own decision.
        assertEquals(0, list(cat).getList("items.kind").stream().filter(k -> !k.equals("THREAD_COMMENTED")
                && !k.equals("POST_COMMENTED")).count());
        // The post author hears of both comments as POST_COMMENTED; the first commenter doesn't hear of their own.
        Api.as(cat).get("/api/me/notifications").then().body("items.kind", hasItem("POST_COMMENTED"))
                .body("items.kind", not(hasItem("THREAD_COMMENTED")));
        assertEquals(8, unread(me));
    }

    @Test
    void undoingAnAct_takesItsNotificationAway() {
        TestMember author = TestMember.create("Undo Author");
        TestMember ana = TestMember.create("Ana Undo");
        TestMember ben = TestMember.create("Ben Undo");
        long p = post(author, "Undo me.");
        like(ana, p);
        like(ben, p);
        Api.as(ana).post("/api/posts/" + p + "/unlike").then().statusCode(200);
        JsonPath n = list(author);
        assertEquals("Ben Undo liked your post.", n.getString("items[0].text"));
        assertEquals(1, n.getInt("items[0].actorCount"));
        Api.as(ben).post("/api/posts/" + p + "/unlike").then().statusCode(200);
        assertEquals(0, list(author).getList("items").size());
        assertEquals(0, unread(author));

        long c = Api.as(ana).body(Map.of("text", "oops")).post("/api/posts/" + p + "/comments").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(ana).delete("/api/posts/" + p + "/comments/" + c).then().statusCode(204);
        long reshare = Api.as(ana).body(Map.of()).post("/api/posts/" + p + "/reshare").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(ana).delete("/api/posts/" + reshare).then().statusCode(204);
        Api.as(ana).put("/api/me/following/" + author.id()).then().statusCode(200);
        Api.as(ana).delete("/api/me/following/" + author.id()).then().statusCode(200);
        assertEquals(0, list(author).getList("items").size());
        assertEquals(0, unread(author));
    }

    @Test
    void aBlockedMember_disappearsFromNotifications_bothWays_andFromGroupNamesAndCounts() {
        TestMember author = TestMember.create("Block Author");
        TestMember ana = TestMember.create("Ana Blocked");
        TestMember ben = TestMember.create("Ben Stays");
        long p = post(author, "Liked by a future blocked member.");
        like(ben, p);
        like(ana, p);
        assertEquals("Ana Blocked and Ben Stays liked your post.", list(author).getString("items[0].text"));
        // Author follows Ana's posts too; Ana gets a notification from author.
        long anas = post(ana, "Ana's own post.");
        like(author, anas);
        assertEquals(1, list(ana).getList("items").size());

        Api.as(author).put("/api/me/blocks/" + ana.id()).then().statusCode(204);
        JsonPath n = list(author);
        assertEquals("Ben Stays liked your post.", n.getString("items[0].text"));
        assertEquals(1, n.getInt("items[0].actorCount"));
        assertEquals(List.of("Ben Stays"), n.getList("items[0].actors.displayName"));
        assertEquals(0, list(ana).getList("items").size());
        assertEquals(0, unread(ana));
        assertEquals(1, unread(author));
    }

    @Test
    void blocking_correctsTheBlockersCountAtOnce_live_andTellsTheBlockedNothingThen() {
        TestMember me = TestMember.create("Me Blocker");
        TestMember pest = TestMember.create("Pest Liker");
        TestMember friend = TestMember.create("Friend Liker");
        long mine = post(me, "Liked by a pest and a friend.");
        long lone = post(me, "Liked by the pest alone.");
        like(pest, mine);
        like(friend, mine);
        like(pest, lone);
        Api.as(pest).put("/api/me/following/" + me.id()).then().statusCode(200);
        long pestsPost = post(pest, "The pest's own post.");
        like(me, pestsPost);
        assertEquals(3, unread(me));
        assertEquals(1, unread(pest));
        String notificationEvents = "SELECT count(*) FROM member_events WHERE member_id = ? AND type = 'notification'";
        long pestEvents = Sql.count(notificationEvents, pest.id());

        Api.as(me).put("/api/me/blocks/" + pest.id()).then().statusCode(204);

        // The counter excludes them at once: the group they shared stays (with the friend), the rest goes.
        assertEquals(1, unread(me));
        assertEquals(List.of("Friend Liker liked your post."), list(me).getList("items.text"));
        // My open apps hear the new count in the block's transaction: the bell corrects without a reload.
        List<String> last = Sql.strings("""
                SELECT payload->>'change' || ':' || (payload->>'notificationId') || ':' || (payload->>'unreadCount')
                FROM member_events WHERE member_id = ? AND type = 'notification' ORDER BY seq DESC LIMIT 1""", me.id());
        assertEquals(List.of("REMOVED:0:1"), last);
        // The one blocked is sent nothing at that instant (it would tell them when); their count is right when read.
        assertEquals(pestEvents, Sql.count(notificationEvents, pest.id()));
        assertEquals(0, unread(pest));

        // Blocking someone who was in none of my notifications sends no event.
        TestMember stranger = TestMember.create();
        long before = Sql.count(notificationEvents, me.id());
        Api.as(me).put("/api/me/blocks/" + stranger.id()).then().statusCode(204);
        assertEquals(before, Sql.count(notificationEvents, me.id()));
    }

    @Test
    void settings_switchKindsOff_andRefuseTagsThatAreNotMine() {
        TestMember me = TestMember.create();
        TestMember fan = TestMember.create();
        Api.as(me).get("/api/me/notification-settings").then().statusCode(200)
                .body("kinds", hasSize(NotificationKind.values().length))
                .body("kinds.enabled", not(hasItem(false))).body("careerTags", hasSize(0));
        Api.as(me).body(Map.of("kinds", List.of(Map.of("kind", "NEW_FOLLOWER", "enabled", false))))
                .put("/api/me/notification-settings").then().statusCode(200)
                .body("kinds.find { it.kind == 'NEW_FOLLOWER' }.enabled", equalTo(false))
                .body("kinds.find { it.kind == 'POST_LIKED' }.enabled", equalTo(true));
        Api.as(fan).put("/api/me/following/" + me.id()).then().statusCode(200);
        assertEquals(0, list(me).getList("items").size());
        long p = post(me, "Likes still come.");
        like(fan, p);
        assertEquals(List.of("POST_LIKED"), list(me).getList("items.kind"));

        long othersTag = Api.as(fan).body(Map.of("name", "not yours")).post("/api/tags").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(me).body(Map.of("careerTagIds", List.of(othersTag))).put("/api/me/notification-settings").then()
                .statusCode(400).body("errors[0].field", equalTo("careerTagIds"));
        Api.as(me).body(Map.of("kinds", List.of(Map.of("kind", "NOPE", "enabled", true))))
                .put("/api/me/notification-settings").then().statusCode(400);
        Api.as(me).body(Map.of("kinds", List.of(Map.of("kind", "NEW_FOLLOWER"))))
                .put("/api/me/notification-settings").then().statusCode(400);
    }

    @Test
    void export_holdsMyNotifications_andErasureLeavesNoEmptyGroupBehind() {
        TestMember author = TestMember.create();
        TestMember gone = TestMember.create();
        long p = post(author, "Liked by someone who leaves.");
        like(gone, p);
        Api.as(author).get("/api/me/export").then().statusCode(200)
                .body("notifications.notifications.kind", contains("POST_LIKED"))
                .body("notifications.notifications[0].actorIds", equalTo(String.valueOf(gone.id())));
        Api.as(gone).body(Map.of("password", TestMember.PASSWORD)).post("/api/me/deletion").then().statusCode(204);
        assertEquals(0, list(author).getList("items").size());
        assertEquals(0, unread(author));
    }
}
