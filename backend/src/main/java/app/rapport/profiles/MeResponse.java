package app.rapport.profiles;

import java.time.Instant;
import java.util.List;

/** The signed-in member's account and profile (schema MeResponse). */
public record MeResponse(long id, String email, String handle, String displayName, String headline,
                         String location, String about, String currentTitle, String currentCompany,
                         List<PositionResponse> positions, long connectionCount, long followerCount,
                         long followingCount, long pendingInvitationCount, Instant createdAt) {
}
