package app.rapport.demo;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoGraphSeederTest {

    @Inject
    DemoGraphSeeder seeder;

    @Test
    void seed_buildsConnectionsFollowsAndScoredPendingInvitations_idempotently() {
        TestMember demo = TestMember.create("Demo Account");
        List<Long> ids = new ArrayList<>();
        ids.add(demo.id());
        ids.addAll(Sql.seedMembers(30));
        seeder.seed(ids);
        seeder.seed(ids);
        Api.as(demo).get("/api/me").then().statusCode(200)
                .body("connectionCount", greaterThan(5)).body("followerCount", greaterThan(5));
        Api.as(demo).get("/api/invitations/received").then().statusCode(200)
                .body("items.size()", greaterThan(3))
                .body("items.verdict", hasItem("PERSONAL"))
                .body("items.verdict", hasItem("GENERIC"));
        Api.as(demo).get("/api/me/suggestions").then().statusCode(200).body("items.size()", greaterThan(0));
        assertEquals(0, Sql.count("""
                SELECT count(*) FROM connections c WHERE NOT EXISTS (SELECT 1 FROM follows f
                WHERE f.follower_id = c.member_a_id AND f.followee_id = c.member_b_id)
                AND c.member_a_id = ANY (?)""", (Object) ids.toArray(new Long[0])));
    }
}
