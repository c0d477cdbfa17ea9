package app.rapport.tags;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import app.rapport.support.Api;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagViewResourceTest {

    @Test
    void crud_withModeAndExclusions() {
        TestMember me = TestMember.create();
        long a = TagResourceTest.tag(me, "Clients");
        long b = TagResourceTest.tag(me, "Prospects");
        long c = TagResourceTest.tag(me, "Close friends");
        long view = Api.as(me).body(Map.of("name", "Work", "mode", "ANY", "tagIds", List.of(a, b), "excludedTagIds", List.of(c)))
                .post("/api/tag-views").then().statusCode(201)
                .body("mode", equalTo("ANY")).body("tagIds", hasSize(2)).body("excludedTagIds[0]", equalTo((int) c))
                .extract().jsonPath().getLong("id");
        Api.as(me).body(Map.of("name", "work", "tagIds", List.of(a))).post("/api/tag-views").then().statusCode(409)
                .body("code", equalTo("TAG_VIEW_NAME_TAKEN"));
        Api.as(me).body(Map.of("name", "Work both", "mode", "ALL", "tagIds", List.of(a, b))).put("/api/tag-views/" + view)
                .then().statusCode(200).body("mode", equalTo("ALL")).body("excludedTagIds", hasSize(0));
        Api.as(me).get("/api/tag-views/" + view).then().statusCode(200).body("name", equalTo("Work both"));
        Api.as(me).get("/api/tag-views").then().body("items", hasSize(1));
        Api.as(me).body(Map.of("name", "Bad", "tagIds", List.of(a), "excludedTagIds", List.of(a)))
                .post("/api/tag-views").then().statusCode(400).body("errors[0].field", equalTo("excludedTagIds"));
        Api.as(me).body(Map.of("name", "Bad", "mode", "SOME", "tagIds", List.of(a))).post("/api/tag-views").then().statusCode(400);
        // deleting a tag removes it from views
        Api.as(me).delete("/api/tags/" + b).then().statusCode(204);
        Api.as(me).get("/api/tag-views/" + view).then().body("tagIds", equalTo(List.of((int) a)));
        Api.as(me).delete("/api/tag-views/" + view).then().statusCode(204);
        Api.as(me).get("/api/tag-views/" + view).then().statusCode(404);
    }

    @Test
    void anotherMember_getsNotFound_andCannotUseYourTags() {
        TestMember me = TestMember.create();
        TestMember eve = TestMember.create();
        long a = TagResourceTest.tag(me, "Clients");
        long view = Api.as(me).body(Map.of("name", "Work", "tagIds", List.of(a))).post("/api/tag-views")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(eve).get("/api/tag-views/" + view).then().statusCode(404);
        Api.as(eve).body(Map.of("name", "Mine", "tagIds", List.of(a))).put("/api/tag-views/" + view).then().statusCode(404);
        Api.as(eve).delete("/api/tag-views/" + view).then().statusCode(404);
        Api.as(eve).get("/api/tag-views").then().body("items", hasSize(0));
        Api.as(eve).body(Map.of("name", "Stolen", "tagIds", List.of(a))).post("/api/tag-views").then().statusCode(400);
        Api.as(eve).queryParam("viewId", view).get("/api/feeds/tagged").then().statusCode(404);
    }
}
