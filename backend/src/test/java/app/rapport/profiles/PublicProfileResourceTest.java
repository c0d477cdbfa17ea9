package app.rapport.profiles;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import app.rapport.support.Api;
import app.rapport.support.Graph;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicProfileResourceTest {

    static Map<String, Object> settings(boolean listed, boolean headline, boolean position, boolean location,
                                        boolean about, boolean career, boolean counts) {
        Map<String, Object> body = new HashMap<>();
        body.put("listed", listed);
        body.put("showHeadline", headline);
        body.put("showPosition", position);
        body.put("showLocation", location);
        body.put("showAbout", about);
        body.put("showCareer", career);
        body.put("showCounts", counts);
        return body;
    }

    static TestMember grace() {
        TestMember grace = TestMember.create("Grace Hopper").withProfile(Map.of("headline", "Compiler pioneer",
                "location", "Arlington, VA", "about", "I taught computers English.", "currentTitle", "Director",
                "currentCompany", "US Navy", "announce", false));
        Api.as(grace).body(Map.of("title", "Researcher", "company", "Harvard", "startDate", "1944-07-01",
                "endDate", "1949-01-01", "description", "Private detail")).post("/api/me/positions").then().statusCode(201);
        return grace;
    }

    @Test
    void anonymousVisitor_seesTheDefaults_andNothingElse_rateLimitedPerIp() {
        TestMember grace = grace();
        Api.anonymous().get("/api/public/profiles/" + grace.handle().toUpperCase()).then().statusCode(200)
                .header("RateLimit-Policy", containsString("\"public-profiles\""))
                .body("handle", equalTo(grace.handle())).body("displayName", equalTo("Grace Hopper"))
                .body("headline", equalTo("Compiler pioneer")).body("currentTitle", equalTo("Director"))
                .body("currentCompany", equalTo("US Navy")).body("location", equalTo("Arlington, VA"))
                .body("$", not(hasKey("about"))).body("$", not(hasKey("positions")))
                .body("$", not(hasKey("connectionCount"))).body("$", not(hasKey("id"))).body("$", not(hasKey("email")));
    }

    @Test
    void theMemberChoosesWhatIsPublic_andAnotherMembersChoicesAreTheirOwn() {
        TestMember grace = grace();
        TestMember other = TestMember.create();
        Graph.connect(grace, other);
        Api.as(grace).get("/api/me/public-profile").then().statusCode(200).body("listed", equalTo(true))
                .body("showHeadline", equalTo(true)).body("showCareer", equalTo(false));
        Api.as(grace).body(settings(true, false, false, false, true, true, true)).put("/api/me/public-profile")
                .then().statusCode(200).body("showCareer", equalTo(true)).body("showHeadline", equalTo(false));
        Api.anonymous().get("/api/public/profiles/" + grace.handle()).then().statusCode(200)
                .body("$", not(hasKey("headline"))).body("$", not(hasKey("currentCompany")))
                .body("$", not(hasKey("location")))
                .body("about", equalTo("I taught computers English.")).body("positions", hasSize(1))
                .body("positions[0].company", equalTo("Harvard")).body("positions[0]", not(hasKey("description")))
                .body("positions[0]", not(hasKey("id"))).body("connectionCount", equalTo(1)).body("followerCount", equalTo(1));
        // settings are per member: the other member still has the defaults, and never sees Grace's
        Api.as(other).get("/api/me/public-profile").then().statusCode(200).body("showCareer", equalTo(false))
                .body("showHeadline", equalTo(true));
        Api.as(other).body(settings(false, false, false, false, false, false, false)).put("/api/me/public-profile")
                .then().statusCode(200);
        Api.anonymous().get("/api/public/profiles/" + grace.handle()).then().statusCode(200).body("positions", hasSize(1));
        Api.as(grace).body(Map.of("listed", true)).put("/api/me/public-profile").then().statusCode(400)
                .body("errors.field", hasItem("showHeadline"));
        Api.anonymous().body(settings(false, false, false, false, false, false, false)).put("/api/me/public-profile")
                .then().statusCode(401);
    }

    @Test
    void unlisted_unknown_andBlocked_areTheSame404() {
        TestMember grace = grace();
        TestMember blocked = TestMember.create();
        String unknown = Api.anonymous().get("/api/public/profiles/no_such_member_x").then().statusCode(404)
                .body("code", equalTo("MEMBER_NOT_FOUND")).extract().path("code");
        Api.as(grace).put("/api/me/blocks/" + blocked.id()).then().statusCode(204);
        Api.as(blocked).get("/api/public/profiles/" + grace.handle()).then().statusCode(404).body("code", equalTo(unknown));
        Api.as(grace).get("/api/public/profiles/" + blocked.handle()).then().statusCode(404).body("code", equalTo(unknown));
        Api.as(grace).body(settings(false, true, true, true, false, false, false)).put("/api/me/public-profile")
                .then().statusCode(200);
        Api.anonymous().get("/api/public/profiles/" + grace.handle()).then().statusCode(404)
                .body("code", equalTo(unknown)).body("detail", equalTo("No member has the handle '" + grace.handle() + "'."));
        Api.anonymous().get("/api/public/profiles/" + "x".repeat(31)).then().statusCode(400);
    }
}
