package app.rapport.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Race;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Each per-member cap holds when sixteen creations are released at the same instant by a
 * member two below the cap (the rest seeded in SQL): exactly the cap is stored, two requests
 * succeed and the others get the documented 409 problem.
 */
@QuarkusTest
class MemberCapsTest {

    static final int AT_ONCE = 16;

    static void assertCapHolds(int cap, String countSql, long member, String code, IntFunction<Response> create) {
        List<Supplier<Response>> calls = new ArrayList<>();
        IntStream.range(0, AT_ONCE).forEach(i -> calls.add(() -> create.apply(i)));
        List<Response> responses = Race.atOnce(calls);

        assertEquals(cap, Sql.count(countSql, member), "stored");
        assertEquals(2, responses.stream().filter(r -> r.statusCode() == 201).count(), "created");
        List<Response> refused = responses.stream().filter(r -> r.statusCode() != 201).toList();
        assertEquals(AT_ONCE - 2, refused.size());
        for (Response r : refused) {
            assertEquals(409, r.statusCode(), r.asString());
            assertEquals(code, r.jsonPath().getString("code"));
            assertEquals("application/problem+json", r.contentType().split(";")[0]);
        }
    }

    @Test
    void sixteenTagsAtOnce_from98_endAtExactly100() {
        TestMember me = TestMember.create();
        Sql.exec("INSERT INTO tags (owner_id, name) SELECT ?, 'seed ' || g FROM generate_series(1, 98) g", me.id());
        assertCapHolds(100, "SELECT count(*) FROM tags WHERE owner_id = ?", me.id(), "TOO_MANY_TAGS",
                i -> Api.as(me).body(Map.of("name", "race " + i)).post("/api/tags"));
    }

    @Test
    void sixteenTagViewsAtOnce_from48_endAtExactly50() {
        TestMember me = TestMember.create();
        long tag = Api.as(me).body(Map.of("name", "Clients")).post("/api/tags").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Sql.exec("INSERT INTO tag_views (owner_id, name, mode) SELECT ?, 'seed ' || g, 'ANY' FROM generate_series(1, 48) g",
                me.id());
        assertCapHolds(50, "SELECT count(*) FROM tag_views WHERE owner_id = ?", me.id(), "TOO_MANY_TAG_VIEWS",
                i -> Api.as(me).body(Map.of("name", "race " + i, "tagIds", List.of(tag))).post("/api/tag-views"));
    }

    @Test
    void sixteenAccessTokensAtOnce_from18_endAtExactly20() {
        TestMember me = TestMember.create();
        Sql.exec("INSERT INTO access_tokens (member_id, name, scopes, expires_at)"
                 + " SELECT ?, 'seed ' || g, 'READ', now() + interval '30 days' FROM generate_series(1, 18) g", me.id());
        assertCapHolds(20, "SELECT count(*) FROM access_tokens WHERE member_id = ? AND revoked_at IS NULL", me.id(),
                "TOO_MANY_ACCESS_TOKENS",
                i -> Api.as(me).body(Map.of("name", "race " + i, "scopes", List.of("READ"))).post("/api/me/access-tokens"));
    }

    @Test
    void sixteenPositionsAtOnce_from48_endAtExactly50() {
        TestMember me = TestMember.create();
        Sql.exec("INSERT INTO positions (member_id, title, company, start_date, end_date)"
                 + " SELECT ?, 'Seed ' || g, 'Acme', date '2000-01-01', date '2001-01-01' FROM generate_series(1, 48) g",
                me.id());
        assertCapHolds(50, "SELECT count(*) FROM positions WHERE member_id = ?", me.id(), "TOO_MANY_POSITIONS",
                i -> Api.as(me).body(Map.of("title", "Race " + i, "company", "Acme", "startDate", "2010-01-01",
                        "endDate", "2011-01-01")).post("/api/me/positions"));
    }
}
