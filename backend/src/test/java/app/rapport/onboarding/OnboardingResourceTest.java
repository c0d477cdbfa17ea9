package app.rapport.onboarding;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.Graph;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OnboardingResourceTest {

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** Every suggestion of the member (all pages), by member id. */
    private static Map<Long, Map<String, Object>> suggestions(TestMember me) {
        Map<Long, Map<String, Object>> out = new HashMap<>();
        String cursor = null;
        do {
            var request = Api.as(me).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/me/follow-suggestions").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                @SuppressWarnings("unchecked")
                Map<String, Object> member = (Map<String, Object>) item.get("member");
                out.put(((Number) member.get("id")).longValue(), item);
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasons(Map<String, Object> suggestion) {
        return ((List<Map<String, Object>>) suggestion.get("reasons")).stream().map(r -> (String) r.get("text")).toList();
    }

    @Test
    void memberWithoutGraph_getsColleaguesNeighboursAndHeadlineMatches_withReasons_bestFirst() {
        String company = "Acme " + unique();
        String city = "Lisbon" + unique();
        String word = "quantum" + unique();
        TestMember me = TestMember.create().withProfile(Map.of("headline", "Researcher in " + word + " computing",
                "currentTitle", "Researcher", "currentCompany", company, "location", city + ", Portugal"));
        TestMember colleague = TestMember.create().withProfile(Map.of("currentCompany", company.toUpperCase()));
        TestMember neighbour = TestMember.create().withProfile(Map.of("location", city));
        TestMember peer = TestMember.create().withProfile(Map.of("headline", "Building " + word.toUpperCase() + " hardware"));
        TestMember both = TestMember.create().withProfile(Map.of("currentCompany", company, "location", city + ", PT"));
        Map<Long, Map<String, Object>> s = suggestions(me);
        assertEquals(List.of("Works at " + company.toUpperCase()), reasons(s.get(colleague.id())));
        assertEquals(List.of("Also in " + city), reasons(s.get(neighbour.id())));
        assertEquals(List.of("Also mentions " + word), reasons(s.get(peer.id())));
        assertEquals(List.of("Works at " + company, "Also in " + city), reasons(s.get(both.id())));
        List<Long> first = Api.as(me).queryParam("limit", 4).get("/api/me/follow-suggestions").then().statusCode(200)
                .extract().jsonPath().getList("items.member.id", Long.class);
        assertEquals(List.of(both.id(), colleague.id(), neighbour.id()), first.subList(0, 3));
        assertFalse(s.containsKey(me.id()));
    }

    @Test
    void neverSuggested_followedConnectedBlockedEitherWay_orMadeFollower() {
        String company = "Exclude " + unique();
        TestMember me = TestMember.create().withProfile(Map.of("currentCompany", company));
        List<TestMember> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(TestMember.create().withProfile(Map.of("currentCompany", company)));
        }
        Graph.follow(me, all.get(0));
        Graph.connect(me, all.get(1));
        Api.as(me).put("/api/me/blocks/" + all.get(2).id()).then().statusCode(204);
        Api.as(all.get(3)).put("/api/me/blocks/" + me.id()).then().statusCode(204);
        long invitation = Api.as(all.get(4)).body(Map.of("recipientId", me.id(),
                        "note", "Hi, we shipped the " + company + " launch together last spring; let's stay in touch."))
                .post("/api/invitations").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(me).post("/api/invitations/" + invitation + "/make-follower").then().statusCode(200);
        Map<Long, Map<String, Object>> s = suggestions(me);
        for (int i = 0; i < 5; i++) {
            assertFalse(s.containsKey(all.get(i).id()), "member " + i + " must not be suggested");
        }
        assertTrue(s.containsKey(all.get(5).id()));
        assertEquals(List.of("Works at " + company), reasons(s.get(all.get(5).id())));
    }

    @Test
    void emptyProfile_stillGetsTheMostFollowedMembers() {
        TestMember star = TestMember.create();
        for (int i = 0; i < 3; i++) {
            Graph.follow(TestMember.create(), star);
        }
        TestMember me = TestMember.create();
        JsonPath page = Api.as(me).queryParam("limit", 100).get("/api/me/follow-suggestions").then().statusCode(200)
                .extract().jsonPath();
        assertFalse(page.getList("items").isEmpty());
        assertTrue(page.getList("items.reasons[0].kind").stream().allMatch(k -> k.equals("POPULAR")));
    }

    @Test
    void progress_showsStrengthAndNextStep() {
        TestMember me = TestMember.create();
        Api.as(me).get("/api/me/onboarding").then().statusCode(200).body("profileStrength", equalTo(0))
                .body("nextStep", equalTo("HEADLINE")).body("steps.size()", equalTo(5));
        me.withProfile(Map.of("headline", "Maker of things", "currentTitle", "Maker", "currentCompany", "Self",
                "location", "Porto"));
        Api.as(me).get("/api/me/onboarding").then().body("profileStrength", equalTo(65)).body("nextStep", equalTo("ABOUT"));
        for (int i = 0; i < 3; i++) {
            Graph.follow(me, TestMember.create());
        }
        me.withProfile(Map.of("about", "Hello."));
        Api.as(me).get("/api/me/onboarding").then().body("profileStrength", equalTo(100))
                .body("nextStep", equalTo(null)).body("followingCount", equalTo(3));
    }

    @Test
    void firstProfileFill_isNotAnnounced_unlessAsked_andLaterChangesFollowTheChoice() {
        TestMember me = TestMember.create();
        TestMember fan = TestMember.create();
        Graph.follow(fan, me);
        me.withProfile(Map.of("currentTitle", "Engineer", "currentCompany", "Acme"));
        Api.as(fan).get("/api/profiles/" + me.handle() + "/posts").then().statusCode(200).body("items.size()", equalTo(0));
        me.withProfile(Map.of("currentCompany", "Globex", "announce", false));
        Api.as(fan).get("/api/profiles/" + me.handle() + "/posts").then().body("items.size()", equalTo(0));
        me.withProfile(Map.of("currentCompany", "Initech", "announce", true));
        Api.as(fan).get("/api/profiles/" + me.handle() + "/posts").then().body("items.size()", equalTo(1))
                .body("items[0].careerUpdate.summary", equalTo("started a new position as Engineer at Initech"));
        TestMember asked = TestMember.create();
        asked.withProfile(Map.of("currentTitle", "Founder", "currentCompany", "Nimbus", "announce", true));
        Api.as(fan).get("/api/profiles/" + asked.handle() + "/posts").then().body("items.size()", equalTo(1));
        TestMember first = TestMember.create();
        Api.as(first).body(Map.of("title", "CTO", "company", "Initech", "startDate", "2026-01-01"))
                .post("/api/me/positions").then().statusCode(201);
        Api.as(fan).get("/api/profiles/" + first.handle() + "/posts").then().body("items.size()", equalTo(0));
    }
}
