package app.rapport.relationships;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Connections to turn into followers, and whether I keep following them (schema MakeConnectionsFollowersRequest). */
public record MakeConnectionsFollowersRequest(@NotNull @Size(min = 1, max = 100) List<@NotNull Long> memberIds,
                                              Boolean keepFollowing) {
}
