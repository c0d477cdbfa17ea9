package app.rapport.imports;

import static app.rapport.imports.NetworkImportResourceTest.HEADER;
import static app.rapport.imports.NetworkImportResourceTest.PREAMBLE;
import static app.rapport.imports.NetworkImportResourceTest.join;
import static app.rapport.imports.NetworkImportResourceTest.unique;
import static app.rapport.imports.NetworkImportResourceTest.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Someone waiting in a contacts file is matched the moment they join (or change their name or
 * company), and the importer is told once, with Follow: IMPORTED_CONTACT_JOINED.
 */
@QuarkusTest
class ImportedContactJoinedTest {

    static JsonPath notifications(TestMember m) {
        return Api.as(m).get("/api/me/notifications").then().statusCode(200).extract().jsonPath();
    }

    static int unread(TestMember m) {
        return Api.as(m).get("/api/me/notifications/unread-count").then().statusCode(200).extract().jsonPath()
                .getInt("unreadCount");
    }

    /** The row's status and member as stored, without the importer reading the import (no rematch on read). */
    static List<String> stored(long importId) {
        return Sql.strings("SELECT status || ':' || coalesce(member_id::text, '-') FROM network_import_rows"
                           + " WHERE import_id = ? ORDER BY line_number", importId);
    }

    @Test
    void aContactWhoSignsUp_isMatchedInTheSignUp_andTheImporterIsToldOnce_andTheJoinerNothing() {
        TestMember importer = TestMember.create("Ines Importer");
        String email = "dana." + unique() + "@example.test";
        String csv = PREAMBLE + HEADER + "Dana,Reyes,," + email.toUpperCase() + ",Globex,CTO,02 Dec 2026\n";
        long id = upload(importer, csv).then().statusCode(201).body("unmatchedCount", equalTo(1))
                .extract().jsonPath().getLong("id");
        assertEquals(0, notifications(importer).getList("items").size());

        TestMember dana = join("Dana Reyes", email, null);

        assertEquals(List.of("MATCHED:" + dana.id()), stored(id));
        JsonPath n = notifications(importer);
        assertEquals(List.of("IMPORTED_CONTACT_JOINED"), n.getList("items.kind"));
        assertEquals("Dana Reyes, from your imported connections, joined Rapport.", n.getString("items[0].text"));
        assertEquals(dana.id(), n.getLong("items[0].actors[0].id"));
        assertEquals(1, unread(importer));
        // The joiner learns nothing: no notification, no follow, no event about the importer.
        assertEquals(0, notifications(dana).getList("items").size());
        assertEquals(0, Sql.count("SELECT count(*) FROM follows WHERE follower_id = ? OR followee_id = ?",
                dana.id(), dana.id()));
        assertEquals(0, Sql.count("SELECT count(*) FROM member_events WHERE member_id = ? AND type = 'notification'",
                dana.id()));
        // The importer's open app hears it live.
        assertEquals(1, Sql.count("SELECT count(*) FROM member_events WHERE member_id = ? AND type = 'notification'"
                                  + " AND (payload->>'unreadCount')::int = 1", importer.id()));

        // The same file again, another file with her, a read of the import, a rename: told once only,
        // even after the first one was read.
        Api.as(importer).post("/api/me/notifications/read").then().statusCode(200);
        upload(importer, csv).then().statusCode(200).body("matchedCount", equalTo(1));
        upload(importer, HEADER + "Dana,Reyes,," + email + ",Globex,CTO,\nSomeone,Else,,,,,\n").then().statusCode(201)
                .body("matchedCount", equalTo(1));
        Api.as(importer).get("/api/me/network-imports/" + id).then().statusCode(200);
        dana.withProfile(Map.of("displayName", "Dana R. Reyes", "currentCompany", "Globex"));
        assertEquals(1, notifications(importer).getList("items").size());
        assertEquals(0, unread(importer));
    }

    @Test
    void byNameAndCompany_whenTheJoinerSaysWhereTheyWork_unlessOthersShareBoth() {
        String co = "Initech " + unique();
        TestMember importer = TestMember.create();
        long id = upload(importer, HEADER + "Noa,Name,,,\"" + co + "\",PM,\nPia,Position,,,\"" + co + "\",PM,\n")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        TestMember noa = join("Noa Name", "noa." + unique() + "@example.test", null);
        // A name alone is no match: Rapport never guesses.
        assertEquals(List.of("UNMATCHED:-", "UNMATCHED:-"), stored(id));
        assertEquals(0, notifications(importer).getList("items").size());
        noa.withProfile(Map.of("currentCompany", co));
        assertEquals(List.of("MATCHED:" + noa.id(), "UNMATCHED:-"), stored(id));
        assertEquals("Noa Name, from your imported connections, joined Rapport.",
                notifications(importer).getString("items[0].text"));

        // A company in the career history counts too.
        TestMember pia = join("Pia Position", "pia." + unique() + "@example.test", null);
        Api.as(pia).body(Map.of("title", "PM", "company", co, "startDate", "2020-01-01", "endDate", "2022-01-01"))
                .post("/api/me/positions").then().statusCode(201);
        assertEquals(List.of("MATCHED:" + noa.id(), "MATCHED:" + pia.id()), stored(id));
        assertEquals(List.of(pia.id(), noa.id()), notifications(importer).getList("items.actors.id.flatten()", Long.class));

        // A name and company two members share is AMBIGUOUS; a third who comes with both is not announced either.
        String twins = "Twinco " + unique();
        join("Twin Name", "t1." + unique() + "@example.test", twins);
        join("Twin Name", "t2." + unique() + "@example.test", twins);
        long amb = upload(importer, HEADER + "Twin,Name,,,\"" + twins + "\",,\n").then().statusCode(201)
                .body("ambiguousCount", equalTo(1)).extract().jsonPath().getLong("id");
        TestMember third = join("Twin Name", "t3." + unique() + "@example.test", twins);
        assertEquals(List.of("AMBIGUOUS:-"), stored(amb));
        assertEquals(List.of(3L), Sql.longs("SELECT candidate_count FROM network_import_rows WHERE import_id = ?", amb));
        assertEquals(2, notifications(importer).getList("items").size());
        assertEquals(0, notifications(third).getList("items").size());
    }

    @Test
    void aJoinerWhoBlocked_orIsBlockedBy_theImporter_isNeitherMatchedNorAnnounced() {
        String co = "Blockhaus " + unique();
        TestMember importer = TestMember.create();
        TestMember other = TestMember.create();
        long id = upload(importer, HEADER + "Bo,Blocker,,,\"" + co + "\",,\nBe,Blocked,,,\"" + co + "\",,\n")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        TestMember bo = join("Bo Blocker", "bo." + unique() + "@example.test", null);
        TestMember be = join("Be Blocked", "be." + unique() + "@example.test", null);
        Api.as(bo).put("/api/me/blocks/" + importer.id()).then().statusCode(204);
        Api.as(importer).put("/api/me/blocks/" + be.id()).then().statusCode(204);
        bo.withProfile(Map.of("currentCompany", co));
        be.withProfile(Map.of("currentCompany", co));
        assertEquals(List.of("UNMATCHED:-", "UNMATCHED:-"), stored(id));
        assertEquals(0, notifications(importer).getList("items").size());
        assertEquals(0, unread(importer));
        assertEquals(0, Sql.count("SELECT count(*) FROM notifications WHERE kind = 'IMPORTED_CONTACT_JOINED'"
                                  + " AND member_id IN (?, ?, ?)", importer.id(), bo.id(), be.id()));
        // Another importer with the same people is not held back by those blocks.
        long theirs = upload(other, HEADER + "Bo,Blocker,,,\"" + co + "\",,\n").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertEquals(List.of("MATCHED:" + bo.id()), stored(theirs));
    }

    @Test
    void anImporterWhoSwitchedTheKindOff_isMatchedButNotTold() {
        TestMember importer = TestMember.create();
        Api.as(importer).body(Map.of("kinds", List.of(Map.of("kind", "IMPORTED_CONTACT_JOINED", "enabled", false))))
                .put("/api/me/notification-settings").then().statusCode(200)
                .body("kinds.find { it.kind == 'IMPORTED_CONTACT_JOINED' }.enabled", equalTo(false));
        String email = "quiet." + unique() + "@example.test";
        long id = upload(importer, HEADER + "Quinn,Quiet,," + email + ",,,\n").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        TestMember quinn = join("Quinn Quiet", email, null);
        assertEquals(List.of("MATCHED:" + quinn.id()), stored(id));
        assertEquals(0, notifications(importer).getList("items").size());
    }

    @Test
    void everyImporterWaitingForThem_isTold_once_evenWithTheirNameInTwoFiles() {
        String email = "many." + unique() + "@example.test";
        TestMember a = TestMember.create();
        TestMember b = TestMember.create();
        upload(a, HEADER + "Max,Many,," + email + ",,,\n").then().statusCode(201);
        upload(a, HEADER + "Max,Many,," + email + ",Other,,\nZed,Zero,,,,,\n").then().statusCode(201);
        upload(b, HEADER + "Max,Many,," + email + ",,,\n").then().statusCode(201);
        TestMember max = join("Max Many", email, null);
        for (TestMember importer : List.of(a, b)) {
            JsonPath n = notifications(importer);
            assertEquals(List.of("IMPORTED_CONTACT_JOINED"), n.getList("items.kind"));
            assertEquals(max.id(), n.getLong("items[0].actors[0].id"));
        }
        assertEquals(3, Sql.count("SELECT count(*) FROM network_import_rows WHERE member_id = ? AND status = 'MATCHED'",
                max.id()));
    }

    @Test
    void theJoinersDeletion_takesTheNotificationAway() {
        TestMember importer = TestMember.create();
        String email = "gone." + unique() + "@example.test";
        upload(importer, HEADER + "Gil,Gone,," + email + ",,,\n").then().statusCode(201);
        TestMember gil = join("Gil Gone", email, null);
        assertEquals(1, unread(importer));
        Api.as(gil).body(Map.of("password", TestMember.PASSWORD)).post("/api/me/deletion").then().statusCode(204);
        assertEquals(0, notifications(importer).getList("items").size());
        assertEquals(0, unread(importer));
    }
}
