package app.rapport.profiles;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.rapport.support.Api;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileResourceTest {

    @Test
    void updateMyProfile_showsOnPublicProfile() {
        TestMember me = TestMember.create("Grace Hopper");
        TestMember viewer = TestMember.create();
        Api.as(me).body(Map.of("headline", "Rear admiral, compiler pioneer", "location", "Arlington, VA",
                        "about", "I taught computers to speak English.", "currentTitle", "Director",
                        "currentCompany", "US Navy"))
                .patch("/api/me")
                .then().statusCode(200)
                .body("headline", equalTo("Rear admiral, compiler pioneer"))
                .body("displayName", equalTo("Grace Hopper"));
        Api.as(viewer).get("/api/profiles/" + me.handle().toUpperCase())
                .then().statusCode(200)
                .body("handle", equalTo(me.handle()))
                .body("currentCompany", equalTo("US Navy"))
                .body("location", equalTo("Arlington, VA"))
                .body("about", equalTo("I taught computers to speak English."))
                .body("$", not(org.hamcrest.Matchers.hasKey("email")));
    }

    @Test
    void updateMyProfile_emptyStringClears_absentFieldKept() {
        TestMember me = TestMember.create().withProfile(Map.of("headline", "Old", "location", "Paris"));
        Api.as(me).body(Map.of("headline", "")).patch("/api/me")
                .then().statusCode(200)
                .body("headline", nullValue())
                .body("location", equalTo("Paris"));
    }

    @Test
    void updateMyProfile_withTooLongOrBlankFields_namesTheFields() {
        TestMember me = TestMember.create();
        Api.as(me).body(Map.of("headline", "x".repeat(221), "displayName", "   "))
                .patch("/api/me")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("headline"))
                .body("errors.field", hasItem("displayName"));
    }

    @Test
    void updateMyProfile_withoutToken_isUnauthorized() {
        Api.anonymous().body(Map.of("headline", "x")).patch("/api/me").then().statusCode(401);
    }

    @Test
    void positions_addChangeRemove_inCareerOrder() {
        TestMember me = TestMember.create();
        long old = Api.as(me).body(position("Engineer", "Acme", "2015-01-01", "2019-06-30"))
                .post("/api/me/positions").then().statusCode(201)
                .body("current", equalTo(false)).extract().jsonPath().getLong("id");
        long now = Api.as(me).body(position("Staff Engineer", "Globex", "2019-07-01", null))
                .post("/api/me/positions").then().statusCode(201)
                .body("current", equalTo(true)).extract().jsonPath().getLong("id");

        Api.as(me).get("/api/me").then().statusCode(200)
                .body("positions.title", contains("Staff Engineer", "Engineer"));

        Api.as(me).body(position("Principal Engineer", "Globex", "2019-07-01", null))
                .put("/api/me/positions/" + now).then().statusCode(200)
                .body("title", equalTo("Principal Engineer"));

        Api.as(me).delete("/api/me/positions/" + old).then().statusCode(204);
        Api.as(me).get("/api/profiles/" + me.handle()).then().statusCode(200)
                .body("positions.title", contains("Principal Engineer"));
    }

    @Test
    void positions_endBeforeStart_orMissingFields_areValidationProblems() {
        TestMember me = TestMember.create();
        Api.as(me).body(position("Engineer", "Acme", "2020-01-01", "2019-01-01"))
                .post("/api/me/positions").then().statusCode(400)
                .body("errors.field", contains("endDate"));
        Api.as(me).body(Map.of("title", "", "startDate", "not-a-date"))
                .post("/api/me/positions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("startDate"));
        Api.as(me).body(Map.of("title", "", "company", "Acme", "startDate", "2020-01-01"))
                .post("/api/me/positions").then().statusCode(400)
                .body("errors.field", hasItem("title"));
    }

    @Test
    void positions_ofAnotherMember_cannotBeChangedOrRemoved() {
        TestMember owner = TestMember.create();
        TestMember other = TestMember.create();
        long id = Api.as(owner).body(position("Engineer", "Acme", "2015-01-01", null))
                .post("/api/me/positions").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(other).body(position("Hacked", "Evil", "2015-01-01", null))
                .put("/api/me/positions/" + id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        Api.as(other).delete("/api/me/positions/" + id).then().statusCode(404);
        Api.as(owner).get("/api/me").then().body("positions.title", contains("Engineer"));
    }

    @Test
    void getProfile_unknownHandle_isNotFoundProblem() {
        TestMember me = TestMember.create();
        Api.as(me).get("/api/profiles/nobody_" + UUID.randomUUID().toString().substring(0, 8))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void getProfile_withoutToken_isUnauthorized() {
        TestMember me = TestMember.create();
        Api.anonymous().get("/api/profiles/" + me.handle()).then().statusCode(401);
    }

    @Test
    void search_findsByNameHeadlineAndCompany_paginatedWithoutRepeats() {
        String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TestMember viewer = TestMember.create();
        List<String> handles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TestMember m = TestMember.create("Person " + i + " " + marker);
            handles.add(m.handle());
        }
        TestMember byCompany = TestMember.create("Someone Else")
                .withProfile(Map.of("currentCompany", "Initech " + marker));
        handles.add(byCompany.handle());

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var req = Api.as(viewer).queryParam("q", marker.toUpperCase()).queryParam("limit", 2);
            if (cursor != null) {
                req = req.queryParam("cursor", cursor);
            }
            var page = req.get("/api/profiles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.handle"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(6, seen.size());
        assertEquals(6, new java.util.HashSet<>(seen).size());
        assertEquals(new java.util.HashSet<>(handles), new java.util.HashSet<>(seen));

        Api.as(viewer).queryParam("q", marker + " Initech").get("/api/profiles")
                .then().statusCode(200).body("items.handle", contains(byCompany.handle()));
    }

    @Test
    void search_ranksNameMatchesFirst_thenHandle_thenHeadlineOrCompany_andMarksMe() {
        String marker = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TestMember inHeadline = TestMember.create("Aaron Abbot").withProfile(Map.of("headline", "Works with " + marker));
        TestMember wordInName = TestMember.create("Zed " + marker);
        TestMember nameStarts = TestMember.create(marker + " Zulu");
        TestMember byHandle = TestMember.create("Bea Other");
        app.rapport.support.Sql.exec("UPDATE members SET handle = ? WHERE id = ?", marker + "_bea", byHandle.id());
        TestMember me = TestMember.create(marker + " Me");
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var req = Api.as(me).queryParam("q", marker).queryParam("limit", 2);
            if (cursor != null) {
                req = req.queryParam("cursor", cursor);
            }
            var page = req.get("/api/profiles").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(List.of(me.id(), nameStarts.id(), wordInName.id(), byHandle.id(), inHeadline.id()),
                all.stream().map(r -> ((Number) r.get("id")).longValue()).toList());
        assertEquals(List.of(true, false, false, false, false), all.stream().map(r -> r.get("you")).toList());
    }

    @Test
    void search_withBadParameters_namesTheParameter() {
        TestMember viewer = TestMember.create();
        Api.as(viewer).get("/api/profiles").then().statusCode(400).body("errors.field", hasItem("q"));
        Api.as(viewer).queryParam("q", "a").queryParam("limit", 0).get("/api/profiles")
                .then().statusCode(400).body("errors.field", contains("limit"));
        Api.as(viewer).queryParam("q", "a").queryParam("limit", "ten").get("/api/profiles")
                .then().statusCode(400).body("errors.field", contains("limit"));
        Api.as(viewer).queryParam("q", "a").queryParam("cursor", "garbage!").get("/api/profiles")
                .then().statusCode(400).body("errors.field", contains("cursor"));
    }

    @Test
    void search_withNoMatch_isEmptyLastPage() {
        TestMember viewer = TestMember.create();
        var page = Api.as(viewer).queryParam("q", "no-such-member-" + UUID.randomUUID())
                .get("/api/profiles").then().statusCode(200).body("items", empty()).extract().jsonPath();
        assertNull(page.getString("nextCursor"));
    }

    private static Map<String, Object> position(String title, String company, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("company", company);
        body.put("startDate", start);
        if (end != null) {
            body.put("endDate", end);
        }
        return body;
    }

    @Test
    void search_showsWhetherIFollowOrAmConnected_andHidesBlockedMembers() {
        String marker = "zb" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TestMember viewer = TestMember.create();
        TestMember followed = TestMember.create("Followed " + marker);
        TestMember stranger = TestMember.create("Stranger " + marker);
        TestMember blocker = TestMember.create("Blocker " + marker);
        Api.as(viewer).put("/api/me/following/" + followed.id()).then().statusCode(200);
        Api.as(blocker).put("/api/me/blocks/" + viewer.id()).then().statusCode(204);

        var page = Api.as(viewer).queryParam("q", marker).get("/api/profiles").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(followed.handle(), stranger.handle()), page.getList("items.handle"));
        assertEquals(List.of(true, false), page.getList("items.following"));
        assertEquals(List.of(false, false), page.getList("items.connected"));
    }

    @Test
    void me_countsTheInvitationsWaitingForMe() {
        TestMember me = TestMember.create("Ada Byron");
        TestMember sender = TestMember.create();
        Api.as(me).get("/api/me").then().statusCode(200).body("pendingInvitationCount", equalTo(0));
        Api.as(sender).body(Map.of("recipientId", me.id(),
                        "note", "Ada, your notes on the analytical engine changed how I teach loops."))
                .post("/api/invitations").then().statusCode(201);
        Api.as(me).get("/api/me").then().statusCode(200).body("pendingInvitationCount", equalTo(1));
        Api.as(sender).get("/api/me").then().statusCode(200).body("pendingInvitationCount", equalTo(0));
    }
}
