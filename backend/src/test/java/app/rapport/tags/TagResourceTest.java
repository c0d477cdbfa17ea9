package app.rapport.tags;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Graph;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagResourceTest {

    static long tag(TestMember owner, String name) {
        return Api.as(owner).body(Map.of("name", name)).post("/api/tags").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void createRenameDelete_andNamesUniqueIgnoringCase() {
        TestMember me = TestMember.create();
        long clients = tag(me, "Clients");
        Api.as(me).body(Map.of("name", "clients")).post("/api/tags").then().statusCode(409)
                .body("code", equalTo("TAG_NAME_TAKEN"));
        long prospects = tag(me, "Prospects");
        Api.as(me).body(Map.of("name", "CLIENTS")).patch("/api/tags/" + prospects).then().statusCode(409);
        Api.as(me).body(Map.of("name", "Leads")).patch("/api/tags/" + prospects).then().statusCode(200)
                .body("name", equalTo("Leads"));
        Api.as(me).body(Map.of("name", "Clients")).patch("/api/tags/" + clients).then().statusCode(200);
        Api.as(me).get("/api/tags").then().statusCode(200).body("items.name", equalTo(List.of("Clients", "Leads")));
        Api.as(me).delete("/api/tags/" + prospects).then().statusCode(204);
        Api.as(me).get("/api/tags").then().body("items", hasSize(1));
        Api.as(me).body(Map.of("name", "x".repeat(51))).post("/api/tags").then().statusCode(400)
                .body("errors[0].field", equalTo("name"));
        Api.as(me).body(Map.of("name", " ")).post("/api/tags").then().statusCode(400);
    }

    @Test
    void cap_refusesTheHundredAndFirstTag() {
        TestMember me = TestMember.create();
        Graph.sql("INSERT INTO tags (owner_id, name) SELECT ?, 'tag ' || g FROM generate_series(1, 100) g", me.id());
        Api.as(me).body(Map.of("name", "one more")).post("/api/tags").then().statusCode(409)
                .body("code", equalTo("TOO_MANY_TAGS"));
    }

    @Test
    void tagging_contactsOnly_bulkAndSingle_withCountsAndLists() {
        TestMember me = TestMember.create();
        TestMember friend = TestMember.create();
        TestMember followed = TestMember.create();
        TestMember stranger = TestMember.create();
        Graph.connect(me, friend);
        Graph.follow(me, followed);
        long t = tag(me, "Clients");
        Api.as(me).body(Map.of("memberIds", List.of(friend.id(), stranger.id()))).post("/api/tags/" + t + "/members")
                .then().statusCode(422).body("code", equalTo("NOT_A_CONTACT"))
                .body("detail", containsString(String.valueOf(stranger.id())));
        Api.as(me).get("/api/tags").then().body("items[0].memberCount", equalTo(0)); // all or nothing
        Api.as(me).body(Map.of("memberIds", List.of(friend.id(), followed.id(), friend.id())))
                .post("/api/tags/" + t + "/members").then().statusCode(200).body("memberCount", equalTo(2));
        Api.as(me).put("/api/tags/" + t + "/members/" + friend.id()).then().statusCode(200).body("memberCount", equalTo(2));
        Api.as(me).put("/api/tags/" + t + "/members/" + stranger.id()).then().statusCode(422);
        Api.as(me).get("/api/tags/" + t + "/members").then().statusCode(200).body("items", hasSize(2));
        Api.as(me).queryParam("memberId", friend.id()).get("/api/tags").then().body("items.name", equalTo(List.of("Clients")));
        Api.as(me).queryParam("memberId", stranger.id()).get("/api/tags").then().body("items", hasSize(0));
        Api.as(me).delete("/api/tags/" + t + "/members/" + friend.id()).then().statusCode(200).body("memberCount", equalTo(1));
        Api.as(me).body(Map.of("memberIds", List.of(followed.id()))).post("/api/tags/" + t + "/members/remove")
                .then().statusCode(200).body("memberCount", equalTo(0));
        Api.as(me).body(Map.of("memberIds", List.of())).post("/api/tags/" + t + "/members").then().statusCode(400);
    }

    @Test
    void taggedMembers_arePaginated() {
        TestMember me = TestMember.create();
        long t = tag(me, "Many");
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TestMember m = TestMember.create();
            Graph.follow(me, m);
            ids.add(m.id());
            Api.as(me).put("/api/tags/" + t + "/members/" + m.id()).then().statusCode(200);
        }
        var p1 = Api.as(me).queryParam("limit", 3).get("/api/tags/" + t + "/members").then().statusCode(200).extract().jsonPath();
        var p2 = Api.as(me).queryParam("limit", 3).queryParam("cursor", p1.getString("nextCursor"))
                .get("/api/tags/" + t + "/members").then().statusCode(200).extract().jsonPath();
        List<Long> seen = new java.util.ArrayList<>(p1.getList("items.id", Long.class));
        seen.addAll(p2.getList("items.id", Long.class));
        java.util.Collections.reverse(ids);
        assertEquals(ids, seen);
    }

    @Test
    void tagsArePrivate_anotherMemberGetsNotFound_andNeverSeesThem() {
        TestMember me = TestMember.create();
        TestMember friend = TestMember.create();
        TestMember eve = TestMember.create();
        Graph.connect(me, friend);
        Graph.connect(eve, friend);
        long t = tag(me, "Secret label xyz");
        Api.as(me).put("/api/tags/" + t + "/members/" + friend.id()).then().statusCode(200);
        Api.as(eve).body(Map.of("name", "Mine")).patch("/api/tags/" + t).then().statusCode(404);
        Api.as(eve).delete("/api/tags/" + t).then().statusCode(404);
        Api.as(eve).get("/api/tags/" + t + "/members").then().statusCode(404);
        Api.as(eve).put("/api/tags/" + t + "/members/" + friend.id()).then().statusCode(404);
        Api.as(eve).delete("/api/tags/" + t + "/members/" + friend.id()).then().statusCode(404);
        Api.as(eve).queryParam("tagId", t).get("/api/feeds/tagged").then().statusCode(404);
        Api.as(eve).queryParam("memberId", friend.id()).get("/api/tags").then().body("items", hasSize(0));
        for (TestMember viewer : List.of(eve, friend)) {
            Api.as(viewer).get("/api/tags").then().body(not(containsString("Secret label xyz")));
            Api.as(viewer).get("/api/profiles/" + friend.handle()).then().body(not(containsString("Secret label xyz")));
            Api.as(viewer).get("/api/profiles/" + me.handle()).then().body(not(containsString("Secret label xyz")));
            Api.as(viewer).get("/api/feeds/home").then().body(not(containsString("Secret label xyz")));
            Api.as(viewer).get("/api/me").then().body(not(containsString("Secret label xyz")));
        }
        Api.as(me).get("/api/tags").then().body("items[0].name", equalTo("Secret label xyz"));
    }
}
