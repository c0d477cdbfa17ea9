package app.rapport.notes;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SearchResourceTest {

    static void note(TestMember author, TestMember about, String text) {
        Api.as(author).body(Map.of("text", text)).post("/api/members/" + about.id() + "/notes").then().statusCode(201);
    }

    static void message(TestMember from, TestMember to, String text) {
        Api.as(from).body(Map.of("recipientId", to.id(), "text", text)).post("/api/conversations").then().statusCode(201);
    }

    @Test
    void findsMyNotesAndMyMessages_ranked_withHighlightedSnippets() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create("Bob Budget");
        TestMember cat = TestMember.create("Cat");
        Sql.connect(ann.id(), bob.id());
        Sql.connect(ann.id(), cat.id());
        note(ann, bob, "Bob owns the procurement budget; renewal in March. Budget approved for the pilot budget.");
        note(ann, cat, "Cat plays the cello.");
        message(cat, ann, "Do you know who owns the budget at Acme?");
        message(ann, bob, "Lunch on Tuesday?");

        var body = Api.as(ann).queryParam("q", "budget").get("/api/me/search").then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].kind", equalTo("NOTE"))
                .body("items[0].member.id", equalTo((int) bob.id())).body("items[0].mine", equalTo(true))
                .body("items[1].kind", equalTo("MESSAGE")).body("items[1].member.id", equalTo((int) cat.id()))
                .body("items[1].mine", equalTo(false)).body("items[1].conversationId", notNullValue())
                .body("items[0].snippet.highlighted", hasItem(true))
                .extract().jsonPath();
        assertTrue(body.getFloat("items[0].rank") >= body.getFloat("items[1].rank"));
        List<Map<String, Object>> snippet = body.getList("items[0].snippet");
        assertTrue(snippet.stream().anyMatch(s -> Boolean.TRUE.equals(s.get("highlighted"))
                && s.get("text").toString().equalsIgnoreCase("budget")));

        // Stemming and web-search syntax.
        Api.as(ann).queryParam("q", "owning").get("/api/me/search").then().body("items", hasSize(2));
        Api.as(ann).queryParam("q", "budget -acme").get("/api/me/search").then().body("items", hasSize(1))
                .body("items[0].kind", equalTo("NOTE"));
        Api.as(ann).queryParam("q", "\"procurement budget\"").get("/api/me/search").then().body("items", hasSize(1));
        Api.as(ann).queryParam("q", "budget").queryParam("kind", "MESSAGE").get("/api/me/search").then()
                .body("items", hasSize(1)).body("items[0].kind", equalTo("MESSAGE"));
    }

    @Test
    void anotherMember_findsNothingOfMine() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember eve = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        Sql.connect(eve.id(), bob.id());
        note(ann, bob, "zanzibar secret plan");
        message(ann, bob, "zanzibar trip?");
        Api.as(eve).queryParam("q", "zanzibar").get("/api/me/search").then().statusCode(200).body("items", hasSize(0));
        // Bob sees the message he received, never Ann's note about him.
        Api.as(bob).queryParam("q", "zanzibar").get("/api/me/search").then().body("items", hasSize(1))
                .body("items[0].kind", equalTo("MESSAGE"));
    }

    @Test
    void pagesThroughResults_withoutRepeats() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        for (int i = 0; i < 7; i++) {
            note(ann, bob, "kumquat " + "kumquat ".repeat(i % 3) + "note " + i);
        }
        Set<Long> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var req = Api.as(ann).queryParam("q", "kumquat").queryParam("limit", 3);
            if (cursor != null) {
                req = req.queryParam("cursor", cursor);
            }
            var page = req.get("/api/me/search").then().statusCode(200).extract().jsonPath();
            List<Long> ids = new ArrayList<>();
            page.getList("items.id", Number.class).forEach(n -> ids.add(n.longValue()));
            ids.forEach(id -> assertTrue(seen.add(id), "repeated " + id));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(7, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void aBlockedMembersMessagesAndNotes_areNotFound() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        note(ann, bob, "quokka");
        message(bob, ann, "quokka photos");
        Api.as(ann).put("/api/me/blocks/" + bob.id()).then().statusCode(204);
        Api.as(ann).queryParam("q", "quokka").get("/api/me/search").then().body("items", hasSize(0));
        Api.as(bob).queryParam("q", "quokka").get("/api/me/search").then().body("items", hasSize(0));
    }

    @Test
    void aBlankOrStopWordQuery() {
        TestMember ann = TestMember.create();
        Api.as(ann).queryParam("q", " ").get("/api/me/search").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        Api.as(ann).queryParam("q", "the").get("/api/me/search").then().statusCode(200).body("items", hasSize(0))
                .body("nextCursor", nullValue());
        Api.as(ann).queryParam("q", "x").queryParam("kind", "POST").get("/api/me/search").then().statusCode(400);
    }
}
