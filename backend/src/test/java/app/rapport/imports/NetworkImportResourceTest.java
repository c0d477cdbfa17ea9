package app.rapport.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NetworkImportResourceTest {

    static final String PREAMBLE = """
            Notes:
            "When exporting your connection data, you may notice that some of the email addresses are missing. \
            You will only see email addresses for connections who have allowed their connections to see or download \
            their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn \
            more about this here: https://www.linkedin.com/help/linkedin/answer/261"

            """;
    static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    static Response upload(TestMember me, byte[] file) {
        return Api.as(me).contentType("text/csv").body(file).queryParam("fileName", "Connections.csv")
                .post("/api/me/network-imports");
    }

    static Response upload(TestMember me, String csv) {
        return upload(me, csv.getBytes(StandardCharsets.UTF_8));
    }

    /** A member who signs up with this name and email (the company set on the profile when given). */
    static TestMember join(String name, String email, String company) {
        String handle = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        Response r = Api.anonymous()
                .body(Map.of("email", email, "password", TestMember.PASSWORD, "handle", handle, "displayName", name))
                .post("/api/accounts");
        r.then().statusCode(201);
        TestMember m = new TestMember(r.jsonPath().getLong("member.id"), handle, email, name,
                r.jsonPath().getString("accessToken"));
        return company == null ? m : m.withProfile(Map.of("currentCompany", company));
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static JsonPath rows(TestMember me, long importId, String status) {
        var request = Api.as(me).queryParam("limit", 100);
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.get("/api/me/network-imports/" + importId + "/rows").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void linkedInFile_matchesByEmail_elseByNameAndCompany_ignoringCaseAndAccents() {
        String co = "Globex " + unique();
        TestMember me = TestMember.create();
        TestMember byEmail = join("Ana Lima", "ana." + unique() + "@example.test", null);
        TestMember byName = join("José Álvarez", "jose." + unique() + "@example.test", co);
        TestMember twinA = join("Kim Lee", "kim.a." + unique() + "@example.test", co);
        join("Kim Lee", "kim.b." + unique() + "@example.test", co);
        TestMember otherCompany = join("Rui Costa", "rui." + unique() + "@example.test", "Initech " + unique());
        String csv = PREAMBLE + HEADER
                     + "Ana,Lima,https://www.linkedin.com/in/ana,"
                     + byEmail.email().toUpperCase() + ",Somewhere Else,CTO,02 Dec 2026\n"
                     + "jose,ALVAREZ,https://www.linkedin.com/in/jose,,\"" + co.toLowerCase() + "\",\"Head of Sales, EMEA\",01 Jan 2024\n"
                     + "Kim,Lee,,,\"" + co + "\",Engineer,15 Mar 2023\n"
                     + "Rui,Costa,,,\"" + co + "\",Analyst,15 Mar 2023\n"
                     + "Nobody,Yet,,nobody." + unique() + "@example.test,Hooli,Designer,15 Mar 2023\n";
        JsonPath created = upload(me, csv).then().statusCode(201)
                .header("Location", containsString("/api/me/network-imports/"))
                .body("format", equalTo("LINKEDIN")).body("rowCount", equalTo(5))
                .body("matchedCount", equalTo(2)).body("ambiguousCount", equalTo(1))
                .body("unmatchedCount", equalTo(2)).body("fileName", equalTo("Connections.csv"))
                .extract().jsonPath();
        long id = created.getLong("id");
        JsonPath all = rows(me, id, null);
        assertEquals(List.of(5, 6, 7, 8, 9), all.getList("items.lineNumber"));
        assertEquals(List.of("MATCHED", "MATCHED", "AMBIGUOUS", "UNMATCHED", "UNMATCHED"), all.getList("items.status"));
        assertEquals("EMAIL", all.getString("items[0].matchRule"));
        assertEquals(byEmail.id(), all.getLong("items[0].member.id"));
        assertEquals("NAME_AND_COMPANY", all.getString("items[1].matchRule"));
        assertEquals(byName.id(), all.getLong("items[1].member.id"));
        assertEquals("Head of Sales, EMEA", all.getString("items[1].position"));
        assertEquals("2024-01-01", all.getString("items[1].connectedOn"));
        assertEquals(2, all.getInt("items[2].candidateCount"));
        assertEquals(null, (Object) all.get("items[2].member"));
        assertTrue(all.getList("items.member.id").stream().noneMatch(x -> x != null
                && (((Number) x).longValue() == otherCompany.id() || ((Number) x).longValue() == twinA.id())));
        assertEquals(List.of("Ana", "jose"), rows(me, id, "MATCHED").getList("items.firstName"));
    }

    @Test
    void plainCsv_anyColumnOrder_isImported_andUtf8BomAndCrlfAreFine() {
        String co = "Acme " + unique();
        TestMember me = TestMember.create();
        TestMember zoe = join("Zoë Brontë", "zoe." + unique() + "@example.test", co);
        String csv = "\uFEFFCompany,Last Name,First Name,Phone\r\n" + co + ",Bronte,Zoe,555\r\n";
        upload(me, csv).then().statusCode(201).body("format", equalTo("PLAIN_CSV")).body("matchedCount", equalTo(1));
        Api.as(me).get("/api/me/network-imports").then().statusCode(200).body("items[0].matchedCount", equalTo(1));
        assertEquals(zoe.id(), rows(me, Api.as(me).get("/api/me/network-imports").jsonPath().getLong("items[0].id"),
                "MATCHED").getLong("items[0].member.id"));
    }

    @Test
    void sameFileAgain_isTheSameImport_andDuplicatesNothing() {
        TestMember me = TestMember.create();
        String csv = PREAMBLE + HEADER + "Eve,Again,,,Hooli,PM,02 Dec 2026\nFay,Again,,,Hooli,PM,02 Dec 2026\n";
        long first = upload(me, csv).then().statusCode(201).extract().jsonPath().getLong("id");
        upload(me, csv).then().statusCode(200).body("id", equalTo((int) first)).body("rowCount", equalTo(2));
        assertEquals(List.of(2L), Sql.longs("SELECT count(*) FROM network_import_rows WHERE owner_id = ?", me.id()));
        assertEquals(List.of(1L), Sql.longs("SELECT count(*) FROM network_imports WHERE owner_id = ?", me.id()));
    }

    @Test
    void badFiles_getAClearProblem_andLeaveNothing() {
        TestMember me = TestMember.create();
        problem(upload(me, "\r\n  \r\n"), 422, "FILE_EMPTY");
        problem(upload(me, "Name,Phone\nAna,555\n"), 422, "FILE_COLUMNS");
        problem(upload(me, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}), 422, "FILE_NOT_TEXT");
        byte[] latin1 = (HEADER + "Jos\u00e9,Mart\u00ednez,,,Acme,CTO,\n").getBytes(StandardCharsets.ISO_8859_1);
        problem(upload(me, latin1), 422, "FILE_NOT_UTF8");
        problem(upload(me, HEADER + "\"Ana,Lima,,,Acme,CTO,\n"), 422, "FILE_MALFORMED");
        StringBuilder many = new StringBuilder(PREAMBLE + HEADER);
        for (int i = 0; i <= 30_000; i++) {
            many.append("First").append(i).append(",Last,,,Acme,Engineer,02 Dec 2026\n");
        }
        problem(upload(me, many.toString()), 422, "FILE_TOO_MANY_ROWS");
        ByteArrayOutputStream huge = new ByteArrayOutputStream();
        huge.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        byte[] line = "Someone,Withaverylongname,https://www.linkedin.com/in/someone,,Acme,Engineer,02 Dec 2026\n"
                .getBytes(StandardCharsets.UTF_8);
        while (huge.size() < 10 * 1024 * 1024) {
            huge.writeBytes(line);
        }
        problem(upload(me, huge.toByteArray()), 413, "PAYLOAD_TOO_LARGE");
        Api.as(me).contentType("application/json").body("{}").post("/api/me/network-imports").then().statusCode(415)
                .contentType("application/problem+json");
        assertEquals(List.of(0L), Sql.longs("SELECT count(*) FROM network_imports WHERE owner_id = ?", me.id()));
    }

    @Test
    void unusableLines_areSkippedAndReported() {
        TestMember me = TestMember.create();
        String csv = HEADER + "Ana,Lima,,,Acme,CTO,\n,,,,Acme,CTO,\n" + "A".repeat(101) + ",Long,,,Acme,CTO,\n";
        upload(me, csv).then().statusCode(201).body("rowCount", equalTo(1)).body("skippedCount", equalTo(2))
                .body("skippedLines.lineNumber", equalTo(List.of(3, 4)))
                .body("skippedLines[1].reason", containsString("longer than 100"));
    }

    @Test
    void someoneWhoJoinsLater_matchesOnTheNextRead() {
        TestMember me = TestMember.create();
        String email = "later." + unique() + "@example.test";
        long id = upload(me, PREAMBLE + HEADER + "Leo,Later,,," + "Hooli,PM,02 Dec 2026\nLia,Later,,"
                             + email + ",Hooli,PM,02 Dec 2026\n")
                .then().statusCode(201).body("matchedCount", equalTo(0)).extract().jsonPath().getLong("id");
        TestMember lia = join("Lia Later", email, null);
        Api.as(me).get("/api/me/network-imports/" + id).then().statusCode(200).body("matchedCount", equalTo(1))
                .body("unmatchedCount", equalTo(1));
        assertEquals(lia.id(), rows(me, id, "MATCHED").getLong("items[0].member.id"));
    }

    @Test
    void follow_withTag_followsEveryMatch_tagsThem_andTheTagFeedShowsTheirPosts() {
        String co = "Tagco " + unique();
        TestMember me = TestMember.create();
        TestMember a = join("Alma Tag", "alma." + unique() + "@example.test", co);
        TestMember b = join("Bea Tag", "bea." + unique() + "@example.test", co);
        long id = upload(me, PREAMBLE + HEADER + "Alma,Tag,,,\"" + co + "\",PM,\n" + "Bea,Tag,," + b.email() + ",,,\n")
                .then().statusCode(201).body("matchedCount", equalTo(2)).extract().jsonPath().getLong("id");
        Api.as(me).put("/api/me/following/" + a.id()).then().statusCode(200);
        JsonPath r = Api.as(me).body(Map.of("tagName", "Imported 2026")).post("/api/me/network-imports/" + id + "/follow")
                .then().statusCode(200).body("followed", equalTo(1)).body("alreadyFollowing", equalTo(1))
                .body("tagged", equalTo(2)).body("remaining", equalTo(0)).body("tag.memberCount", equalTo(2))
                .extract().jsonPath();
        long tagId = r.getLong("tag.id");
        // Repeating changes nothing.
        Api.as(me).body(Map.of("tagName", "imported 2026")).post("/api/me/network-imports/" + id + "/follow")
                .then().statusCode(200).body("followed", equalTo(0)).body("tag.id", equalTo((int) tagId));
        Api.as(me).get("/api/me/network-imports/" + id).then().body("followingCount", equalTo(2));
        long postId = Api.as(b).body(Map.of("text", "Hello from Bea")).post("/api/posts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(me).queryParam("tagId", tagId).get("/api/feeds/tagged").then().statusCode(200)
                .body("items.post.id", hasItem((int) postId));
    }

    @Test
    void followByRowIds_onlyThoseRows_andBlockedMembersAreNeverMatchedNorFollowed() {
        String co = "Blockco " + unique();
        TestMember me = TestMember.create();
        TestMember a = join("Ada Block", "ada." + unique() + "@example.test", co);
        TestMember blocker = join("Bob Block", "bob." + unique() + "@example.test", co);
        Api.as(blocker).put("/api/me/blocks/" + me.id()).then().statusCode(204);
        long id = upload(me, HEADER + "Ada,Block,,,\"" + co + "\",,\nBob,Block,," + blocker.email() + ",,,\n")
                .then().statusCode(201).body("matchedCount", equalTo(1)).extract().jsonPath().getLong("id");
        long rowId = rows(me, id, "MATCHED").getLong("items[0].id");
        Api.as(me).body(Map.of("rowIds", List.of(rowId))).post("/api/me/network-imports/" + id + "/follow")
                .then().statusCode(200).body("followed", equalTo(1)).body("tag", nullValue());
        assertTrue(rows(me, id, "MATCHED").getBoolean("items[0].following"));
        assertEquals(a.id(), rows(me, id, "MATCHED").getLong("items[0].member.id"));
    }

    @Test
    void dismissedMatch_isNeverMadeAgain() {
        String co = "Dismissco " + unique();
        TestMember me = TestMember.create();
        join("Dan Dismiss", "dan." + unique() + "@example.test", co);
        long id = upload(me, HEADER + "Dan,Dismiss,,,\"" + co + "\",,\n").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long rowId = rows(me, id, "MATCHED").getLong("items[0].id");
        Api.as(me).post("/api/me/network-imports/" + id + "/rows/" + rowId + "/dismiss").then().statusCode(200)
                .body("status", equalTo("DISMISSED")).body("member", nullValue());
        Api.as(me).get("/api/me/network-imports/" + id).then().body("matchedCount", equalTo(0))
                .body("dismissedCount", equalTo(1));
    }

    @Test
    void anotherMember_cannotSeeOrChangeMyImport() {
        TestMember me = TestMember.create();
        TestMember other = TestMember.create();
        long id = upload(me, HEADER + "Ivy,Private,,,Acme,,\n").then().statusCode(201).extract().jsonPath().getLong("id");
        long rowId = rows(me, id, null).getLong("items[0].id");
        String base = "/api/me/network-imports/" + id;
        problem(Api.as(other).get(base), 404, "NOT_FOUND");
        problem(Api.as(other).get(base + "/rows"), 404, "NOT_FOUND");
        problem(Api.as(other).body(Map.of()).post(base + "/follow"), 404, "NOT_FOUND");
        problem(Api.as(other).post(base + "/rows/" + rowId + "/dismiss"), 404, "NOT_FOUND");
        problem(Api.as(other).delete(base), 404, "NOT_FOUND");
        Api.as(other).get("/api/me/network-imports").then().statusCode(200).body("items.size()", equalTo(0));
        // A row of my import through another of my imports is not found either.
        long mine2 = upload(me, HEADER + "Ivy,Other,,,Acme,,\n").then().statusCode(201).extract().jsonPath().getLong("id");
        problem(Api.as(me).post("/api/me/network-imports/" + mine2 + "/rows/" + rowId + "/dismiss"), 404, "NOT_FOUND");
        Api.as(me).get(base).then().statusCode(200);
    }

    @Test
    void exportHoldsMyImports_andDeletionErasesThem_andAMatchedMembersDeletionUnmatches() {
        String co = "Goneco " + unique();
        TestMember me = TestMember.create();
        TestMember gone = join("Gus Gone", "gus." + unique() + "@example.test", co);
        long id = upload(me, HEADER + "Gus,Gone,,,\"" + co + "\",,\n").then().statusCode(201)
                .body("matchedCount", equalTo(1)).extract().jsonPath().getLong("id");
        Api.as(me).get("/api/me/export").then().statusCode(200)
                .body("networkImports[0].id", equalTo((int) id))
                .body("networkImports[0].rows[0].firstName", equalTo("Gus"))
                .body("networkImports[0].rows[0].matchedHandle", equalTo(gone.handle()));
        Api.as(gone).body(Map.of("password", TestMember.PASSWORD)).post("/api/me/deletion").then().statusCode(204);
        Api.as(me).get("/api/me/network-imports/" + id).then().statusCode(200).body("matchedCount", equalTo(0))
                .body("unmatchedCount", equalTo(1));
        Api.as(me).body(Map.of("password", TestMember.PASSWORD)).post("/api/me/deletion").then().statusCode(204);
        assertEquals(List.of(0L), Sql.longs("SELECT count(*) FROM network_import_rows WHERE owner_id = ?", me.id()));
    }

    @Test
    void deleteImport_removesItsRows() {
        TestMember me = TestMember.create();
        long id = upload(me, HEADER + "Del,Me,,,Acme,,\n").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(me).delete("/api/me/network-imports/" + id).then().statusCode(204);
        problem(Api.as(me).get("/api/me/network-imports/" + id), 404, "NOT_FOUND");
        assertEquals(List.of(0L), Sql.longs("SELECT count(*) FROM network_import_rows WHERE import_id = ?", id));
    }

    @Test
    void badStatusFilter_isValidationProblem() {
        TestMember me = TestMember.create();
        long id = upload(me, HEADER + "Bad,Filter,,,Acme,,\n").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(me).queryParam("status", "NOPE").get("/api/me/network-imports/" + id + "/rows").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    private static void problem(Response r, int status, String code) {
        r.then().statusCode(status).contentType("application/problem+json").body("code", equalTo(code))
                .body("detail", org.hamcrest.Matchers.notNullValue());
    }
}
