package app.rapport.imports;

import app.rapport.tags.TagResponse;
import com.fasterxml.jackson.annotation.JsonInclude;

/** What one follow call did and how many matches are left for the next (schema FollowImportedMembersResult). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FollowImportedMembersResult(int followed, int alreadyFollowing, int tagged, long remaining,
                                          TagResponse tag) {
}
