package app.rapport.notes.search;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Search across my notes and my messages. */
@Path("/api/me/search")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService search;
    private final CurrentMember me;

    public SearchResource(SearchService search, CurrentMember me) {
        this.search = search;
        this.me = me;
    }

    @GET
    public Page<SearchResult> searchNotesAndMessages(@QueryParam("q") String q, @QueryParam("kind") String kind,
                                                     @QueryParam("cursor") String cursor,
                                                     @QueryParam("limit") String limit) {
        return search.search(me.id(), q, parseKind(kind), PageRequest.of(cursor, limit));
    }

    private static SearchResultKind parseKind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SearchResultKind.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("kind", "must be NOTE or MESSAGE");
        }
    }
}
