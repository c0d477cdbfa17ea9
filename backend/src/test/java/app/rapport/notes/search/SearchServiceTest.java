package app.rapport.notes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchServiceTest {

    @Test
    void headlineMarks_becomePlainTextSegments() {
        assertEquals(List.of(new SnippetSegment("a ", false), new SnippetSegment("b", true),
                new SnippetSegment(" c <i>", false), new SnippetSegment("d", true)),
                SearchService.segments("a \uE000b\uE001 c <i>\uE000d\uE001"));
        assertEquals(List.of(), SearchService.segments(""));
    }
}
