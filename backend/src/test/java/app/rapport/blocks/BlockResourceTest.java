package app.rapport.blocks;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BlockResourceTest {

    @Test
    void block_removesConnectionFollowsAndPendingRequests_andHidesBothProfiles() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember cat = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        Api.as(cat).body(Map.of("recipientId", ann.id(), "note",
                "We met at the Lisbon product meetup and talked about onboarding; let's stay in touch."))
                .post("/api/invitations").then().statusCode(201);

        Api.as(ann).put("/api/me/blocks/" + bob.id()).then().statusCode(204);
        Api.as(ann).put("/api/me/blocks/" + bob.id()).then().statusCode(204);
        Api.as(ann).put("/api/me/blocks/" + cat.id()).then().statusCode(204);

        assertEquals(0, Sql.count("SELECT count(*) FROM connections WHERE member_a_id = ? AND member_b_id = ?",
                Math.min(ann.id(), bob.id()), Math.max(ann.id(), bob.id())));
        Api.as(ann).get("/api/me").then().body("connectionCount", equalTo(0)).body("followerCount", equalTo(0));
        Api.as(ann).get("/api/invitations/received").then().body("items", hasSize(0));
        Api.as(cat).get("/api/invitations/sent").then().body("items", hasSize(0));
        Api.as(ann).get("/api/me/blocks").then().statusCode(200).body("items", hasSize(2))
                .body("items[0].member.id", equalTo((int) cat.id()));

        Api.as(bob).get("/api/profiles/" + ann.handle()).then().statusCode(404);
        Api.as(ann).get("/api/profiles/" + bob.handle()).then().statusCode(404);
    }

    @Test
    void blocked_cannotFollowOrInvite_andBlockerIsToldToUnblock() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Api.as(ann).put("/api/me/blocks/" + bob.id()).then().statusCode(204);
        Api.as(bob).put("/api/me/following/" + ann.id()).then().statusCode(404);
        Api.as(bob).body(Map.of("recipientId", ann.id(), "note", "Hello there, it's me again, please connect."))
                .post("/api/invitations").then().statusCode(404);
        Api.as(ann).put("/api/me/following/" + bob.id()).then().statusCode(409).body("code", equalTo("MEMBER_BLOCKED"));

        Api.as(ann).delete("/api/me/blocks/" + bob.id()).then().statusCode(204);
        Api.as(bob).put("/api/me/following/" + ann.id()).then().statusCode(200);
        Api.as(bob).get("/api/profiles/" + ann.handle()).then().statusCode(200);
    }

    @Test
    void block_hidesPostsBothWays_byIdAndOnProfiles_butNotFromOthers() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember cat = TestMember.create();
        long annPost = post(ann, "ann's post");
        long bobPost = post(bob, "bob's post");
        Api.as(ann).get("/api/posts/" + bobPost).then().statusCode(200);

        Api.as(ann).put("/api/me/blocks/" + bob.id()).then().statusCode(204);

        Api.as(ann).get("/api/posts/" + bobPost).then().statusCode(404);
        Api.as(bob).get("/api/posts/" + annPost).then().statusCode(404);
        Api.as(bob).post("/api/posts/" + annPost + "/like").then().statusCode(404);
        Api.as(ann).get("/api/profiles/" + bob.handle() + "/posts").then().statusCode(404);
        Api.as(bob).get("/api/profiles/" + ann.handle() + "/posts").then().statusCode(404);
        // everyone else still sees both
        Api.as(cat).get("/api/posts/" + bobPost).then().statusCode(200);
        Api.as(cat).get("/api/posts/" + annPost).then().statusCode(200);
        Api.as(cat).get("/api/profiles/" + bob.handle() + "/posts").then().statusCode(200).body("items", hasSize(1));

        Api.as(ann).delete("/api/me/blocks/" + bob.id()).then().statusCode(204);
        Api.as(bob).get("/api/posts/" + annPost).then().statusCode(200);
    }

    @Test
    void block_hidesTheOriginalOfAReshare_fromTheBlockerOnly() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember cat = TestMember.create();
        long catPost = post(cat, "cat's post");
        long reshare = Api.as(bob).body(java.util.Map.of("text", "worth reading"))
                .post("/api/posts/" + catPost + "/reshare").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(ann).get("/api/posts/" + reshare).then().statusCode(200).body("resharedPost.id", equalTo((int) catPost));

        Api.as(ann).put("/api/me/blocks/" + cat.id()).then().statusCode(204);

        Api.as(ann).get("/api/posts/" + reshare).then().statusCode(200)
                .body("resharedPost", org.hamcrest.Matchers.nullValue())
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("cat's post")));
        Api.as(cat).get("/api/posts/" + reshare).then().statusCode(200)
                .body("resharedPost.id", equalTo((int) catPost));
        Api.as(bob).get("/api/posts/" + reshare).then().statusCode(200)
                .body("resharedPost.id", equalTo((int) catPost));
    }

    @Test
    void block_removesTheTagsEachPutOnTheOther_only() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember cat = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        Sql.connect(ann.id(), cat.id());
        Sql.connect(bob.id(), cat.id());
        long annTag = tag(ann, "Clients");
        long bobTag = tag(bob, "Friends");
        long catTag = tag(cat, "Team");
        tagMembers(ann, annTag, bob.id(), cat.id());
        tagMembers(bob, bobTag, ann.id(), cat.id());
        tagMembers(cat, catTag, ann.id(), bob.id());

        Api.as(ann).put("/api/me/blocks/" + bob.id()).then().statusCode(204);

        String members = "SELECT member_id FROM tagged_members WHERE tag_id = ? ORDER BY member_id";
        assertEquals(java.util.List.of(cat.id()), Sql.longs(members, annTag));
        assertEquals(java.util.List.of(cat.id()), Sql.longs(members, bobTag));
        assertEquals(java.util.List.of(ann.id(), bob.id()), Sql.longs(members, catTag));
    }

    static long post(TestMember author, String text) {
        return Api.as(author).body(Map.of("text", text)).post("/api/posts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static long tag(TestMember owner, String name) {
        return Api.as(owner).body(Map.of("name", name)).post("/api/tags").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static void tagMembers(TestMember owner, long tag, Long... members) {
        Api.as(owner).body(Map.of("memberIds", java.util.List.of(members))).post("/api/tags/" + tag + "/members")
                .then().statusCode(200);
    }

    @Test
    void blockSelf_isRefused_andUnknownMember_isNotFound() {
        TestMember ann = TestMember.create();
        Api.as(ann).put("/api/me/blocks/" + ann.id()).then().statusCode(422).body("code", equalTo("CANNOT_BLOCK_SELF"));
        Api.as(ann).put("/api/me/blocks/999999999").then().statusCode(404);
    }
}
