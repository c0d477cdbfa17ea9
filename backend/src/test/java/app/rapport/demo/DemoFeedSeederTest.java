package app.rapport.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;

import app.rapport.support.Api;
import app.rapport.support.Graph;
import app.rapport.support.TestMember;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoFeedSeederTest {

    @Inject
    DemoFeedSeeder seeder;

    @Test
    void seed_fillsTheDemoFeedAndTags() {
        List<TestMember> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(TestMember.create("Demo " + i));
        }
        for (int i = 1; i < members.size(); i++) {
            Graph.connect(members.get(0), members.get(i));
        }
        QuarkusTransaction.requiringNew().run(() -> seeder.seed(members.stream().map(TestMember::id).toList()));
        TestMember demo = members.get(0);
        assertFalse(Api.as(demo).get("/api/feeds/home").then().statusCode(200).extract().jsonPath().getList("items").isEmpty());
        Api.as(demo).get("/api/tags").then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(3));
        Api.as(demo).get("/api/tag-views").then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(2));
    }
}
