package app.rapport.network;

import app.rapport.profiles.ProfileSummary;
import java.time.Instant;

/**
 * A member in one of the viewer's network lists, with where the viewer stands with them
 * (schema NetworkMemberResponse). {@code since} is when the listed relation started.
 */
public record NetworkMemberResponse(ProfileSummary member, boolean following, boolean followsMe, boolean connected,
                                    Instant since) {
}
