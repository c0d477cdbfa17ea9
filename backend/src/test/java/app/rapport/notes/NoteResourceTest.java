package app.rapport.notes;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NoteResourceTest {

    static long note(TestMember author, TestMember about, String text, String date) {
        Map<String, Object> body = date == null ? Map.of("text", text) : Map.of("text", text, "date", date);
        return Api.as(author).body(body).post("/api/members/" + about.id() + "/notes")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void notesOnAContact_areDated_listedNewestDateFirst_editable_andDeletable() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());

        Api.as(ann).body(Map.of("text", "Met at the Lisbon fintech dinner")).post("/api/members/" + bob.id() + "/notes")
                .then().statusCode(201).body("memberId", equalTo((int) bob.id()))
                .body("date", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("createdAt", notNullValue());
        long old = note(ann, bob, "Intro call, next step: send the deck", "2025-03-01");
        long older = note(ann, bob, "First email", "2024-12-24");

        var page = Api.as(ann).queryParam("limit", 2).get("/api/members/" + bob.id() + "/notes").then().statusCode(200)
                .body("items", hasSize(2)).body("items[1].id", equalTo((int) old)).body("nextCursor", notNullValue())
                .extract().jsonPath();
        Api.as(ann).queryParam("cursor", page.getString("nextCursor")).get("/api/members/" + bob.id() + "/notes")
                .then().body("items", hasSize(1)).body("items[0].id", equalTo((int) older)).body("nextCursor", nullValue());

        Api.as(ann).body(Map.of("text", "Intro call; deck sent")).patch("/api/notes/" + old).then().statusCode(200)
                .body("text", equalTo("Intro call; deck sent")).body("date", equalTo("2025-03-01"));
        Api.as(ann).body(Map.of("date", "2025-03-02")).patch("/api/notes/" + old).then().statusCode(200)
                .body("date", equalTo("2025-03-02")).body("text", equalTo("Intro call; deck sent"));
        Api.as(ann).body(Map.of()).patch("/api/notes/" + old).then().statusCode(400);
        Api.as(ann).delete("/api/notes/" + older).then().statusCode(204);
        Api.as(ann).get("/api/members/" + bob.id() + "/notes").then().body("items", hasSize(2));
    }

    @Test
    void anotherMember_getsNotFound_andNeverSeesMyNotes() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        TestMember eve = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        Sql.connect(eve.id(), bob.id());
        long id = note(ann, bob, "Confidential: prefers calls to email", null);

        Api.as(eve).get("/api/members/" + bob.id() + "/notes").then().statusCode(200).body("items", hasSize(0));
        Api.as(bob).get("/api/members/" + bob.id() + "/notes").then().statusCode(200).body("items", hasSize(0));
        Api.as(eve).body(Map.of("text", "mine now")).patch("/api/notes/" + id).then().statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        Api.as(eve).delete("/api/notes/" + id).then().statusCode(404);
        Api.as(ann).get("/api/members/" + bob.id() + "/notes").then().body("items[0].text",
                equalTo("Confidential: prefers calls to email"));
    }

    @Test
    void notes_onlyOnPeopleIFollowOrAmConnectedTo() {
        TestMember ann = TestMember.create();
        TestMember stranger = TestMember.create();
        TestMember followed = TestMember.create();
        Sql.exec("INSERT INTO follows (follower_id, followee_id) VALUES (?, ?)", ann.id(), followed.id());

        Api.as(ann).body(Map.of("text", "who?")).post("/api/members/" + stranger.id() + "/notes").then()
                .statusCode(422).body("code", equalTo("NOT_A_CONTACT"));
        note(ann, followed, "Great talk on observability", null);
        Api.as(ann).body(Map.of("text", "me")).post("/api/members/" + ann.id() + "/notes").then()
                .statusCode(422).body("code", equalTo("CANNOT_NOTE_SELF"));
        Api.as(ann).body(Map.of("text", "ghost")).post("/api/members/9000000000/notes").then().statusCode(404);
        Api.as(ann).get("/api/members/9000000000/notes").then().statusCode(404);
    }

    @Test
    void text_isRequired_andAtMost8000Characters() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        note(ann, bob, "y".repeat(8000), null);
        Api.as(ann).body(Map.of("text", "y".repeat(8001))).post("/api/members/" + bob.id() + "/notes").then()
                .statusCode(400).body("errors[0].field", notNullValue());
        Api.as(ann).body(Map.of("text", " ")).post("/api/members/" + bob.id() + "/notes").then().statusCode(400);
        Api.as(ann).body(Map.of("text", "ok", "date", "not-a-date")).post("/api/members/" + bob.id() + "/notes")
                .then().statusCode(400);
    }

    @Test
    void aBlock_hidesMyNotesOnThatMember() {
        TestMember ann = TestMember.create();
        TestMember bob = TestMember.create();
        Sql.connect(ann.id(), bob.id());
        long id = note(ann, bob, "note", null);
        Api.as(bob).put("/api/me/blocks/" + ann.id()).then().statusCode(204);
        Api.as(ann).get("/api/members/" + bob.id() + "/notes").then().statusCode(404);
        Api.as(ann).body(Map.of("text", "x")).patch("/api/notes/" + id).then().statusCode(404);
    }
}
