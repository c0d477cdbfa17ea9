package app.rapport.blocks;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * After a block, in either direction, the two members are invisible to each other on every
 * read path that returns members or their content, and the one who was blocked cannot tell a
 * block from a member that does not exist. Each test runs both directions.
 */
@QuarkusTest
class BlockVisibilityTest {

    static final String NOTE = "Hi, we met at the Berlin payments meetup last week and talked about ledger design.";
    static final List<Boolean> BOTH_WAYS = List.of(true, false);

    /** Ann and Bob, each with a recognisable name; cat is a third member both know. */
    record Trio(TestMember ann, TestMember bob, TestMember cat) {

        static Trio create() {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            return new Trio(TestMember.create("Ann Annable " + tag), TestMember.create("Bob Bobbington " + tag),
                    TestMember.create("Cat Catterall " + tag));
        }

        /** Blocks one way or the other. */
        void block(boolean annBlocksBob) {
            TestMember blocker = annBlocksBob ? ann : bob;
            TestMember blocked = annBlocksBob ? bob : ann;
            Api.as(blocker).put("/api/me/blocks/" + blocked.id()).then().statusCode(204);
        }
    }

    static long post(TestMember author, String text) {
        return Api.as(author).body(Map.of("text", text)).post("/api/posts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static void comment(TestMember author, long postId, String text) {
        Api.as(author).body(Map.of("text", text)).post("/api/posts/" + postId + "/comments").then().statusCode(201);
    }

    @Test
    void comments_onAThirdPersonsPost_areHiddenBothWays_inTheListAndTheCount_andBothCanKeepCommenting() {
        for (boolean annBlocks : BOTH_WAYS) {
            Trio t = Trio.create();
            long catPost = post(t.cat(), "Cat's announcement");
            comment(t.ann(), catPost, "ann was here");
            comment(t.bob(), catPost, "bob was here");

            t.block(annBlocks);
            comment(t.ann(), catPost, "ann again");
            comment(t.bob(), catPost, "bob again");

            for (TestMember[] pair : new TestMember[][] {{t.ann(), t.bob()}, {t.bob(), t.ann()}}) {
                TestMember viewer = pair[0];
                TestMember hidden = pair[1];
                Api.as(viewer).get("/api/posts/" + catPost + "/comments").then().statusCode(200)
                        .body("items", hasSize(2))
                        .body("items.author.id", everyItem(equalTo((int) viewer.id())))
                        .body(not(containsString(hidden.displayName())))
                        .body(not(containsString(hidden.handle())));
                Api.as(viewer).get("/api/posts/" + catPost).then().statusCode(200).body("commentCount", equalTo(2));
            }
            Api.as(t.cat()).get("/api/posts/" + catPost + "/comments").then().body("items", hasSize(4));
            Api.as(t.cat()).get("/api/posts/" + catPost).then().body("commentCount", equalTo(4));
        }
    }

    @Test
    void commentsMadeBeforeTheBlock_onTheOthersOwnPost_disappearForTheAuthor() {
        for (boolean annBlocks : BOTH_WAYS) {
            Trio t = Trio.create();
            long annPost = post(t.ann(), "Ann's thoughts");
            comment(t.bob(), annPost, "bob agrees");
            comment(t.cat(), annPost, "cat agrees");

            t.block(annBlocks);

            Api.as(t.ann()).get("/api/posts/" + annPost + "/comments").then().body("items", hasSize(1))
                    .body("items[0].author.id", equalTo((int) t.cat().id()));
            Api.as(t.ann()).get("/api/posts/" + annPost).then().body("commentCount", equalTo(1));
            Api.as(t.bob()).body(Map.of("text", "still here?")).post("/api/posts/" + annPost + "/comments")
                    .then().statusCode(404);
            Api.as(t.cat()).get("/api/posts/" + annPost).then().body("commentCount", equalTo(2));
        }
    }

    /** Same status, code, title, and detail once the two ids (or handles) are put aside. */
    static void assertSameAnswer(Response blocked, String blockedKey, Response missing, String missingKey, String what) {
        assertEquals(missing.statusCode(), blocked.statusCode(), what);
        assertEquals(404, blocked.statusCode(), what);
        assertEquals("MEMBER_NOT_FOUND", blocked.jsonPath().getString("code"), what);
        assertEquals(missing.jsonPath().getString("code"), blocked.jsonPath().getString("code"), what);
        assertEquals(missing.jsonPath().getString("title"), blocked.jsonPath().getString("title"), what);
        assertEquals(missing.jsonPath().getString("detail").replace(missingKey, "X"),
                blocked.jsonPath().getString("detail").replace(blockedKey, "X"), what);
    }

    @Test
    void aMemberWhoBlockedMe_isAnsweredExactlyLikeAMemberThatDoesNotExist() {
        Trio t = Trio.create();
        Sql.connect(t.ann().id(), t.bob().id());
        Sql.connect(t.bob().id(), t.cat().id());
        t.block(false); // bob blocks ann
        TestMember me = t.ann();
        long blockedId = t.bob().id();
        long missingId = 999_999_999_999L;
        String blockedHandle = t.bob().handle();
        String missingHandle = "t_nobody_" + UUID.randomUUID().toString().substring(0, 8);

        Map<String, Function<String, Response>> byId = Map.of(
                "followMember", id -> Api.as(me).put("/api/me/following/" + id),
                "unfollowMember", id -> Api.as(me).delete("/api/me/following/" + id),
                "blockMember", id -> Api.as(me).put("/api/me/blocks/" + id),
                "unblockMember", id -> Api.as(me).delete("/api/me/blocks/" + id),
                "removeConnection", id -> Api.as(me).delete("/api/me/connections/" + id),
                "sendInvitation", id -> Api.as(me).body(Map.of("recipientId", Long.parseLong(id), "note", NOTE))
                        .post("/api/invitations"),
                "previewInvitation", id -> Api.as(me).body(Map.of("recipientId", Long.parseLong(id), "note", NOTE))
                        .post("/api/invitations/preview"));
        byId.forEach((op, call) -> assertSameAnswer(call.apply(String.valueOf(blockedId)), String.valueOf(blockedId),
                call.apply(String.valueOf(missingId)), String.valueOf(missingId), op));

        Map<String, Function<String, Response>> byHandle = Map.of(
                "getProfile", h -> Api.as(me).get("/api/profiles/" + h),
                "listMemberPosts", h -> Api.as(me).get("/api/profiles/" + h + "/posts"),
                "listMutualConnections", h -> Api.as(me).get("/api/profiles/" + h + "/mutual-connections"));
        byHandle.forEach((op, call) -> assertSameAnswer(call.apply(blockedHandle), blockedHandle,
                call.apply(missingHandle), missingHandle, op));

        // the blocker knows, is told so when acting, and can always lift the block
        Api.as(t.bob()).put("/api/me/following/" + me.id()).then().statusCode(409).body("code", equalTo("MEMBER_BLOCKED"));
        Api.as(t.bob()).delete("/api/me/following/" + me.id()).then().statusCode(200);
        Api.as(t.bob()).delete("/api/me/blocks/" + me.id()).then().statusCode(204);
        Api.as(me).get("/api/profiles/" + blockedHandle).then().statusCode(200);
    }

    @Test
    void sentInvitations_leaveOutTheMemberBlockedEitherWay_withoutAWithdrawnTrace_evenAfterAnUnblock() {
        for (boolean annBlocks : BOTH_WAYS) {
            Trio t = Trio.create();
            long toBob = Api.as(t.ann()).body(Map.of("recipientId", t.bob().id(), "note", NOTE)).post("/api/invitations")
                    .then().statusCode(201).body("status", equalTo("PENDING")).extract().jsonPath().getLong("id");
            Api.as(t.ann()).body(Map.of("recipientId", t.cat().id(), "note", NOTE)).post("/api/invitations")
                    .then().statusCode(201);

            t.block(annBlocks);

            Api.as(t.ann()).get("/api/invitations/sent").then().statusCode(200).body("items", hasSize(1))
                    .body("items[0].recipient.id", equalTo((int) t.cat().id()))
                    .body("items.status", not(hasItem("WITHDRAWN")));
            Api.as(t.bob()).get("/api/invitations/received").then().body("items", hasSize(0));
            Api.as(t.bob()).get("/api/me").then().body("pendingInvitationCount", equalTo(0));
            Api.as(t.ann()).post("/api/invitations/" + toBob + "/withdraw").then().statusCode(404);

            Api.as(annBlocks ? t.ann() : t.bob()).delete("/api/me/blocks/" + (annBlocks ? t.bob() : t.ann()).id())
                    .then().statusCode(204);
            Api.as(t.ann()).get("/api/invitations/sent").then().body("items", hasSize(1))
                    .body("items.status", not(hasItem("WITHDRAWN")));
            // no cool-down either: that too would tell
            Api.as(t.ann()).body(Map.of("recipientId", t.bob().id(), "note", NOTE)).post("/api/invitations")
                    .then().statusCode(201).body("status", equalTo("PENDING"));
        }
    }

    @Test
    void receivedInvitations_leaveOutTheMemberBlockedEitherWay() {
        for (boolean annBlocks : BOTH_WAYS) {
            Trio t = Trio.create();
            Api.as(t.bob()).body(Map.of("recipientId", t.ann().id(), "note", NOTE)).post("/api/invitations")
                    .then().statusCode(201);
            Api.as(t.cat()).body(Map.of("recipientId", t.ann().id(), "note", NOTE)).post("/api/invitations")
                    .then().statusCode(201);

            t.block(annBlocks);

            Api.as(t.ann()).get("/api/invitations/received").then().body("items", hasSize(1))
                    .body("items[0].sender.id", equalTo((int) t.cat().id()));
            Api.as(t.ann()).queryParam("sort", "SCORE").get("/api/invitations/received").then().body("items", hasSize(1));
            Api.as(t.bob()).get("/api/invitations/sent").then().body("items", hasSize(0));
        }
    }

    @Test
    void search_leavesOutTheMemberBlockedEitherWay() {
        for (boolean annBlocks : BOTH_WAYS) {
            Trio t = Trio.create();
            t.block(annBlocks);
            Api.as(t.ann()).queryParam("q", t.bob().displayName()).get("/api/profiles").then().body("items", hasSize(0));
            Api.as(t.bob()).queryParam("q", t.ann().displayName()).get("/api/profiles").then().body("items", hasSize(0));
            Api.as(t.cat()).queryParam("q", t.bob().displayName()).get("/api/profiles").then().body("items", hasSize(1));
        }
    }

    @Test
    void networkLists_mutualConnections_andSuggestions_leaveOutTheMemberBlockedEitherWay() {
        for (boolean annBlocks : BOTH_WAYS) {
            Trio t = Trio.create();
            TestMember dan = TestMember.create();
            Sql.connect(t.ann().id(), t.bob().id());
            Sql.connect(t.ann().id(), t.cat().id());
            Sql.connect(t.bob().id(), t.cat().id());
            Sql.connect(t.bob().id(), dan.id());
            Sql.connect(t.ann().id(), dan.id());
            Api.as(t.ann()).get("/api/profiles/" + t.cat().handle() + "/mutual-connections").then()
                    .body("items.member.id", hasItem((int) t.bob().id()));

            t.block(annBlocks);

            for (TestMember[] pair : new TestMember[][] {{t.ann(), t.bob()}, {t.bob(), t.ann()}}) {
                TestMember viewer = pair[0];
                int hidden = (int) pair[1].id();
                for (String list : List.of("/api/me/connections", "/api/me/following", "/api/me/followers",
                        "/api/me/suggestions", "/api/profiles/" + t.cat().handle() + "/mutual-connections",
                        "/api/profiles/" + dan.handle() + "/mutual-connections")) {
                    Api.as(viewer).get(list).then().statusCode(200).body("items.member.id", not(hasItem(hidden)));
                }
                Api.as(viewer).get("/api/profiles/" + t.cat().handle()).then().statusCode(200)
                        .body("mutualConnections.id", not(hasItem(hidden)));
            }
            Api.as(t.cat()).get("/api/profiles/" + dan.handle() + "/mutual-connections").then()
                    .body("items.member.id", hasItem((int) t.bob().id()));
        }
    }

    @Test
    void feeds_leaveOutTheMemberBlockedEitherWay_evenWhenAConnectionLikesOrResharesTheirPost() {
        for (boolean annBlocks : BOTH_WAYS) {
            Trio t = Trio.create();
            Sql.connect(t.ann().id(), t.bob().id());
            Sql.connect(t.ann().id(), t.cat().id());
            long bobPost = post(t.bob(), "Bob's scoop");
            long annPost = post(t.ann(), "Ann's scoop");
            Api.as(t.cat()).post("/api/posts/" + bobPost + "/like").then().statusCode(200);
            Api.as(t.cat()).body(Map.of("text", "look")).post("/api/posts/" + annPost + "/reshare").then().statusCode(201);

            t.block(annBlocks);

            Api.as(t.ann()).get("/api/feeds/home").then().statusCode(200)
                    .body(not(containsString("Bob's scoop"))).body(not(containsString(t.bob().displayName())));
            Api.as(t.bob()).get("/api/feeds/home").then().statusCode(200)
                    .body(not(containsString("Ann's scoop"))).body(not(containsString(t.ann().displayName())));
        }
    }

    @Test
    void tagMemberLists_leaveOutTheMemberBlockedEitherWay() {
        for (boolean annBlocks : BOTH_WAYS) {
            Trio t = Trio.create();
            Sql.connect(t.ann().id(), t.bob().id());
            Sql.connect(t.ann().id(), t.cat().id());
            long tag = BlockResourceTest.tag(t.ann(), "Clients");
            BlockResourceTest.tagMembers(t.ann(), tag, t.bob().id(), t.cat().id());

            t.block(annBlocks);

            Api.as(t.ann()).get("/api/tags/" + tag + "/members").then().statusCode(200).body("items", hasSize(1))
                    .body("items[0].id", equalTo((int) t.cat().id()));
            Api.as(t.ann()).queryParam("memberId", t.bob().id()).get("/api/tags").then().body("items", hasSize(0));
            Api.as(t.ann()).put("/api/tags/" + tag + "/members/" + t.bob().id()).then().statusCode(422);
        }
    }
}
