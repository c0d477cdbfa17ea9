package app.rapport.notes.search;

import app.rapport.common.Cursor;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.common.replica.ReadReplica;
import app.rapport.network.NetworkRows;
import app.rapport.profiles.ProfileSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Search across my notes and my messages: PostgreSQL full-text search, best match first. */
@ApplicationScoped
public class SearchService {

    private final SearchRepository search;

    public SearchService(SearchRepository search) {
        this.search = search;
    }

    @Transactional
    @ReadReplica
    public Page<SearchResult> search(long me, String query, SearchResultKind kind, PageRequest page) {
        if (query == null || query.isBlank()) {
            throw ProblemException.invalidField("q", "must not be blank");
        }
        if (query.length() > 200) {
            throw ProblemException.invalidField("q", "must be at most 200 characters");
        }
        Float afterRank = null;
        String afterKind = null;
        Long afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 3);
            try {
                afterRank = Float.parseFloat(parts.get(0));
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField("cursor", "is not a cursor this API returned");
            }
            afterKind = parts.get(1);
            afterId = Cursor.decodeLong(parts.get(2));
        }
        List<SearchResult> rows = search.search(me, query.trim(), kind, afterRank, afterKind, afterId, page.limit() + 1)
                .stream().map(SearchService::toResult).toList();
        return Page.fromOverfetch(rows, page.limit(), r -> Cursor.encode(Float.toString(r.rank()), r.kind().name(), r.id()));
    }

    private static SearchResult toResult(Object[] r) {
        return new SearchResult(SearchResultKind.valueOf((String) r[0]), ((Number) r[1]).longValue(),
                ProfileSummary.fromRow(r, 2), r[9] == null ? null : ((Number) r[9]).longValue(), (Boolean) r[10],
                segments((String) r[13]), ((Number) r[12]).floatValue(), NetworkRows.instant(r[11]));
    }

    /** Splits a headline marked with START/STOP into plain-text segments. */
    static List<SnippetSegment> segments(String headline) {
        List<SnippetSegment> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean highlighted = false;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == SearchRepository.START || c == SearchRepository.STOP) {
                if (!current.isEmpty()) {
                    out.add(new SnippetSegment(current.toString(), highlighted));
                    current.setLength(0);
                }
                highlighted = c == SearchRepository.START;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            out.add(new SnippetSegment(current.toString(), highlighted));
        }
        return out;
    }
}
