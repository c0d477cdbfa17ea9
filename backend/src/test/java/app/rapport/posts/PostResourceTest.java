package app.rapport.posts;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Graph;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostResourceTest {

    static long post(TestMember author, String text, String visibility) {
        Map<String, Object> body = new HashMap<>(Map.of("text", text));
        if (visibility != null) {
            body.put("visibility", visibility);
        }
        return Api.as(author).body(body).post("/api/posts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void create_returnsPostWithAuthorAndEditWindow() {
        TestMember ada = TestMember.create("Ada");
        Api.as(ada).body(Map.of("text", "  Hello Rapport  ", "linkUrl", "https://example.com/a?b=c"))
                .post("/api/posts")
                .then().statusCode(201)
                .body("kind", equalTo("POST"))
                .body("text", equalTo("Hello Rapport"))
                .body("linkUrl", equalTo("https://example.com/a?b=c"))
                .body("visibility", equalTo("PUBLIC"))
                .body("author.handle", equalTo(ada.handle()))
                .body("likeCount", equalTo(0))
                .body("editableUntil", notNullValue());
    }

    @Test
    void create_withBadLinkOrTooLongText_namesTheField() {
        TestMember ada = TestMember.create();
        Api.as(ada).body(Map.of("text", "x", "linkUrl", "javascript:alert(1)")).post("/api/posts")
                .then().statusCode(400).body("errors[0].field", equalTo("linkUrl"));
        Api.as(ada).body(Map.of("text", "x", "linkUrl", "ftp://example.com")).post("/api/posts")
                .then().statusCode(400).body("errors[0].field", equalTo("linkUrl"));
        Api.as(ada).body(Map.of("text", "x".repeat(3001))).post("/api/posts")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        Api.as(ada).body(Map.of("text", "   ")).post("/api/posts")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        Api.as(ada).body(Map.of("text", "x".repeat(3000))).post("/api/posts").then().statusCode(201);
    }

    @Test
    void edit_withinWindow_works_afterWindow_isConflict() {
        TestMember ada = TestMember.create();
        long id = post(ada, "first", null);
        Api.as(ada).body(Map.of("text", "second", "linkUrl", "http://example.org")).patch("/api/posts/" + id)
                .then().statusCode(200).body("text", equalTo("second")).body("editedAt", notNullValue())
                .body("linkUrl", equalTo("http://example.org"));
        Graph.sql("UPDATE posts SET created_at = now() - interval '16 minutes' WHERE id = ?", id);
        Api.as(ada).body(Map.of("text", "third")).patch("/api/posts/" + id)
                .then().statusCode(409).body("code", equalTo("EDIT_WINDOW_CLOSED"));
        Api.as(ada).get("/api/posts/" + id).then().statusCode(200).body("text", equalTo("second"))
                .body("editableUntil", nullValue());
    }

    @Test
    void anotherMember_getsNotFound_onEditAndDelete() {
        TestMember ada = TestMember.create();
        TestMember eve = TestMember.create();
        long id = post(ada, "mine", null);
        Api.as(eve).body(Map.of("text", "hacked")).patch("/api/posts/" + id).then().statusCode(404);
        Api.as(eve).delete("/api/posts/" + id).then().statusCode(404);
        Api.as(ada).get("/api/posts/" + id).then().statusCode(200).body("text", equalTo("mine"));
        Api.as(ada).delete("/api/posts/" + id).then().statusCode(204);
        Api.as(ada).get("/api/posts/" + id).then().statusCode(404);
    }

    @Test
    void like_isIdempotent_andUnlikeToo() {
        TestMember ada = TestMember.create();
        TestMember bob = TestMember.create();
        long id = post(ada, "like me", null);
        Api.as(bob).post("/api/posts/" + id + "/like").then().statusCode(200).body("likeCount", equalTo(1))
                .body("likedByMe", equalTo(true));
        Api.as(bob).post("/api/posts/" + id + "/like").then().statusCode(200).body("likeCount", equalTo(1));
        Api.as(ada).get("/api/posts/" + id).then().body("likeCount", equalTo(1)).body("likedByMe", equalTo(false));
        Api.as(bob).post("/api/posts/" + id + "/unlike").then().statusCode(200).body("likeCount", equalTo(0))
                .body("likedByMe", equalTo(false));
        Api.as(bob).post("/api/posts/" + id + "/unlike").then().statusCode(200).body("likeCount", equalTo(0));
        Api.as(bob).post("/api/posts/999999999/like").then().statusCode(404);
    }

    @Test
    void comments_arePaginatedOldestFirst_andOnlyTheAuthorDeletesOne() {
        TestMember ada = TestMember.create();
        TestMember bob = TestMember.create();
        long id = post(ada, "discuss", null);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Api.as(i % 2 == 0 ? bob : ada).body(Map.of("text", "c" + i)).post("/api/posts/" + id + "/comments")
                    .then().statusCode(201).body("postId", equalTo((int) id)).extract().jsonPath().getLong("id"));
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            var req = Api.as(ada).queryParam("limit", 2);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            var page = req.get("/api/posts/" + id + "/comments").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", Long.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(ids, seen);
        Api.as(ada).get("/api/posts/" + id).then().body("commentCount", equalTo(5));
        Api.as(ada).delete("/api/posts/" + id + "/comments/" + ids.get(0)).then().statusCode(404);
        Api.as(bob).delete("/api/posts/" + id + "/comments/" + ids.get(0)).then().statusCode(204);
        Api.as(ada).get("/api/posts/" + id).then().body("commentCount", equalTo(4));
        Api.as(ada).queryParam("limit", 101).get("/api/posts/" + id + "/comments").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void reshare_withComment_pointsAtTheOriginal_andCounts() {
        TestMember ada = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember cy = TestMember.create();
        long id = post(ada, "original", null);
        long reshare = Api.as(bob).body(Map.of("text", "worth reading")).post("/api/posts/" + id + "/reshare")
                .then().statusCode(201).body("kind", equalTo("RESHARE")).body("text", equalTo("worth reading"))
                .body("resharedPost.id", equalTo((int) id)).body("resharedPost.reshareCount", equalTo(1))
                .extract().jsonPath().getLong("id");
        // resharing a reshare shares the original
        Api.as(cy).post("/api/posts/" + reshare + "/reshare").then().statusCode(201)
                .body("resharedPost.id", equalTo((int) id)).body("text", nullValue());
        Api.as(ada).get("/api/posts/" + id).then().body("reshareCount", equalTo(2));
    }

    @Test
    void connectionsOnlyPost_isHiddenFromFollowersWhoAreNotConnections() {
        TestMember ada = TestMember.create();
        TestMember friend = TestMember.create();
        TestMember fan = TestMember.create();
        Graph.connect(ada, friend);
        Graph.follow(fan, ada);
        long id = post(ada, "for my connections", "CONNECTIONS");
        Api.as(friend).get("/api/posts/" + id).then().statusCode(200).body("visibility", equalTo("CONNECTIONS"));
        Api.as(fan).get("/api/posts/" + id).then().statusCode(404);
        Api.as(fan).post("/api/posts/" + id + "/like").then().statusCode(404);
        Api.as(fan).get("/api/posts/" + id + "/comments").then().statusCode(404);
        Api.as(friend).post("/api/posts/" + id + "/reshare").then().statusCode(422).body("code", equalTo("NOT_RESHARABLE"));
        Api.as(fan).get("/api/profiles/" + ada.handle() + "/posts").then().statusCode(200).body("items", hasSize(0));
        Api.as(friend).get("/api/profiles/" + ada.handle() + "/posts").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void memberActivity_isPaginatedNewestFirst() {
        TestMember ada = TestMember.create();
        TestMember bob = TestMember.create();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(0, post(ada, "p" + i, null));
        }
        var first = Api.as(bob).queryParam("limit", 3).get("/api/profiles/" + ada.handle() + "/posts")
                .then().statusCode(200).extract().jsonPath();
        List<Long> seen = new ArrayList<>(first.getList("items.id", Long.class));
        Api.as(bob).queryParam("limit", 3).queryParam("cursor", first.getString("nextCursor"))
                .get("/api/profiles/" + ada.handle() + "/posts").then().statusCode(200)
                .body("nextCursor", nullValue())
                .extract().jsonPath().getList("items.id", Long.class).forEach(seen::add);
        assertEquals(ids, seen);
        Api.as(bob).get("/api/profiles/nobody_here_xyz/posts").then().statusCode(404);
        Api.as(bob).queryParam("cursor", "garbage").get("/api/profiles/" + ada.handle() + "/posts").then().statusCode(400);
    }
}
