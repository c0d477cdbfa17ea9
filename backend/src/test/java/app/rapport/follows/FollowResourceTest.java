package app.rapport.follows;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Race;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FollowResourceTest {

    @Test
    void follow_isIdempotent_andReturnsCurrentState() {
        TestMember ann = TestMember.create("Ann");
        TestMember bob = TestMember.create("Bob");
        for (int i = 0; i < 2; i++) {
            Api.as(ann).put("/api/me/following/" + bob.id())
                    .then().statusCode(200)
                    .body("memberId", equalTo((int) bob.id()))
                    .body("following", equalTo(true))
                    .body("followsMe", equalTo(false))
                    .body("connected", equalTo(false));
        }
        Api.as(bob).get("/api/me").then().body("followerCount", equalTo(1)).body("followingCount", equalTo(0));
        Api.as(ann).get("/api/me").then().body("followingCount", equalTo(1));
        Api.as(ann).get("/api/profiles/" + bob.handle()).then()
                .body("following", equalTo(true)).body("followerCount", equalTo(1));
        Api.as(bob).get("/api/profiles/" + ann.handle()).then().body("followsMe", equalTo(true));
    }

    @Test
    void unfollow_isIdempotent_andCountsDropBack() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Api.as(ann).put("/api/me/following/" + bob.id()).then().statusCode(200);
        for (int i = 0; i < 2; i++) {
            Api.as(ann).delete("/api/me/following/" + bob.id())
                    .then().statusCode(200).body("following", equalTo(false));
        }
        Api.as(bob).get("/api/me").then().body("followerCount", equalTo(0));
    }

    @Test
    void followSelf_isRefusedWithProblem() {
        TestMember ann = TestMember.create();
        Api.as(ann).put("/api/me/following/" + ann.id())
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("CANNOT_FOLLOW_SELF"));
    }

    @Test
    void followUnknownMember_isNotFound() {
        TestMember ann = TestMember.create();
        Api.as(ann).put("/api/me/following/999999999")
                .then().statusCode(404).body("code", equalTo("MEMBER_NOT_FOUND"));
    }

    @Test
    void followWithoutToken_isUnauthorized() {
        Api.anonymous().put("/api/me/following/1").then().statusCode(401).body("code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void followersAndFollowing_arePaginatedNewestFirst_withRelationFlags() {
        TestMember star = TestMember.create("Star");
        List<TestMember> fans = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TestMember fan = TestMember.create("Fan " + i);
            Api.as(fan).put("/api/me/following/" + star.id()).then().statusCode(200);
            fans.add(fan);
        }
        Api.as(star).put("/api/me/following/" + fans.get(0).id()).then().statusCode(200);

        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        do {
            var spec = Api.as(star).queryParam("limit", 2);
            if (cursor != null) {
                spec = spec.queryParam("cursor", cursor);
            }
            var page = spec.get("/api/me/followers").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.member.id", Integer.class));
            assertEquals(true, page.getList("items.followsMe", Boolean.class).stream().allMatch(b -> b));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(List.of((int) fans.get(4).id(), (int) fans.get(3).id(), (int) fans.get(2).id(),
                (int) fans.get(1).id(), (int) fans.get(0).id()), seen);

        Api.as(star).get("/api/me/following").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].member.handle", equalTo(fans.get(0).handle()))
                .body("items[0].following", equalTo(true))
                .body("items[0].followsMe", equalTo(true))
                .body("items[0].since", notNullValue())
                .body("nextCursor", nullValue());
    }

    @Test
    void listWithBadCursorOrLimit_isValidationProblem() {
        TestMember ann = TestMember.create();
        Api.as(ann).queryParam("cursor", "garbage!").get("/api/me/followers")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        Api.as(ann).queryParam("limit", 101).get("/api/me/following")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void manyFollowsOfOneMemberAtOnce_eachCounted_andUnfollowsAtOnceCountBackToZero() {
        TestMember star = TestMember.create("Star");
        List<TestMember> fans = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            fans.add(TestMember.create("Fan"));
        }
        List<Supplier<Response>> follows = fans.stream()
                .<Supplier<Response>>map(f -> () -> Api.as(f).put("/api/me/following/" + star.id())).toList();
        Race.atOnce(follows).forEach(r -> assertEquals(200, r.statusCode()));
        Api.as(star).get("/api/me").then().body("followerCount", equalTo(16));
        // Counted in slot rows (V140): their sum is the follower count, each slot exact.
        assertEquals(16, Sql.count("SELECT coalesce(sum(followers), 0) FROM member_follower_counts WHERE member_id = ?",
                star.id()));
        assertEquals(0, Sql.count("""
                SELECT count(*) FROM member_follower_counts c WHERE c.member_id = ? AND c.followers <>
                  (SELECT count(*) FROM follows f WHERE f.followee_id = c.member_id AND f.follower_id % 8 = c.slot)""",
                star.id()));

        List<Supplier<Response>> unfollows = fans.stream()
                .<Supplier<Response>>map(f -> () -> Api.as(f).delete("/api/me/following/" + star.id())).toList();
        Race.atOnce(unfollows).forEach(r -> assertEquals(200, r.statusCode()));
        Api.as(star).get("/api/me").then().body("followerCount", equalTo(0));
        Api.as(fans.get(0)).get("/api/me").then().body("followingCount", equalTo(0));
    }
}
