package app.rapport.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo network reads like real people: no sentence is written twice, by anyone, anywhere. */
class DemoTextsTest {

    @Test
    void noSentence_isReusedAcrossPostsCommentsNotesMessagesAndProfiles() {
        Map<String, List<String>> where = new HashMap<>();
        for (int i = 0; i < DemoTexts.POSTS.size(); i++) {
            for (String post : DemoTexts.POSTS.get(i)) {
                add(where, post, "post of " + DemoData.PEOPLE[i][0]);
            }
        }
        DemoTexts.COMMENTS.forEach(c -> add(where, c, "comment"));
        DemoTexts.RESHARES.forEach(r -> add(where, r, "reshare"));
        for (String note : DemoGraphSeeder.PERSONAL_NOTES) {
            add(where, note.formatted("Dana", "Northwind"), "invitation note");
        }
        for (String note : DemoGraphSeeder.GENERIC_NOTES) {
            add(where, note.formatted("Dana", "Northwind"), "invitation note");
        }
        DemoMessagesSeeder.CONVERSATIONS.forEach(lines -> Arrays.stream(lines).forEach(l -> add(where, l, "message")));
        add(where, DemoMessagesSeeder.INVITATION_REPLY, "message");
        DemoMessagesSeeder.NOTES.forEach(n -> add(where, n, "private note"));
        for (String[] person : DemoData.PEOPLE) {
            add(where, DemoData.about(person), "about of " + person[0]);
            add(where, person[2], "headline of " + person[0]);
        }
        Map<String, List<String>> reused = where.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Map.of(), reused, "sentences written more than once, and where");
    }

    @Test
    void everyDemoMember_hasTheirOwnPosts() {
        assertEquals(DemoData.PEOPLE.length, DemoTexts.POSTS.size());
    }

    @Test
    void theCheckItself_catchesAReusedSentence() {
        Map<String, List<String>> where = new HashMap<>();
        add(where, "Great insight, thanks for sharing. We shipped it.", "a");
        add(where, "We loved it!  Great insight, thanks for sharing.", "b");
        assertEquals(List.of("a", "b"), where.get("great insight, thanks for sharing"));
    }

    /** Splits a text into sentences, compared without case, spacing or the closing punctuation. */
    private static void add(Map<String, List<String>> where, String text, String origin) {
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            String key = sentence.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.!?]+$", "").strip();
            if (!key.isEmpty()) {
                where.computeIfAbsent(key, k -> new ArrayList<>()).add(origin);
            }
        }
    }
}
