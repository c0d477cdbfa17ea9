package app.rapport.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.Graph;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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

    @Test
    void seed_writesEverySentenceOnce_asRealPeopleWould() {
        List<TestMember> members = new ArrayList<>();
        for (int i = 0; i < DemoTexts.POSTS.size(); i++) {
            members.add(TestMember.create("Demo Voice " + i));
        }
        List<Long> ids = members.stream().map(TestMember::id).toList();
        QuarkusTransaction.requiringNew().run(() -> seeder.seed(ids));
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<String> texts = Sql.strings("SELECT text FROM posts WHERE text IS NOT NULL AND author_id IN ("
                + in + ") UNION ALL SELECT c.text FROM comments c JOIN posts p ON p.id = c.post_id WHERE p.author_id IN (" + in + ")");
        Map<String, Integer> seen = new HashMap<>();
        for (String text : texts) {
            for (String sentence : text.split("(?<=[.!?])\\s+")) {
                seen.merge(sentence.toLowerCase(Locale.ROOT).replaceAll("[.!?]+$", "").strip(), 1, Integer::sum);
            }
        }
        assertTrue(texts.size() > 2 * DemoTexts.POSTS.size(), "posts and comments were seeded");
        assertEquals(Map.of(), seen.entrySet().stream().filter(e -> e.getValue() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
