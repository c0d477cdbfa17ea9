package app.rapport.demo;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoMessagesSeederTest {

    @Inject
    DemoGraphSeeder graph;

    @Inject
    DemoMessagesSeeder messages;

    @Test
    void seed_givesTheDemoAccountRequestsConversationsAndNotesInItsInbox() {
        TestMember demo = TestMember.create("Demo Account");
        List<Long> ids = new ArrayList<>();
        ids.add(demo.id());
        ids.addAll(Sql.seedMembers(30));
        graph.seed(ids);
        messages.seed(ids);
        Api.as(demo).get("/api/inbox").then().statusCode(200)
                .body("items.kind", hasItem("CONNECTION_REQUEST")).body("items.kind", hasItem("CONVERSATION"));
        Api.as(demo).get("/api/inbox/counts").then().body("connectionRequest", greaterThan(3))
                .body("conversation", greaterThan(1));
        Api.as(demo).queryParam("q", "payments").get("/api/me/search").then().statusCode(200)
                .body("items.kind", hasItem("NOTE")).body("items.kind", hasItem("MESSAGE"));
    }
}
