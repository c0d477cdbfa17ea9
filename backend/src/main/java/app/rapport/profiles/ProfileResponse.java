package app.rapport.profiles;

import app.rapport.network.ConnectionState;
import app.rapport.network.Degree;
import app.rapport.privacy.NetworkVisibility;
import java.util.List;

/**
 * A member's public profile as seen by the signed-in member (schema ProfileResponse), with
 * the viewer's relation to them: degree, mutual connections, follows both ways, where a
 * connection request stands, and the member's invitation policy (so the app can explain it
 * before anyone types a note), and while a cool-down runs, when the viewer can invite again;
 * and who the member lets see their network lists, and whether the viewer is one of them (so
 * the app links the counts only when the lists will open).
 */
public record ProfileResponse(long id, String handle, String displayName, String headline, String location,
                              String about, String currentTitle, String currentCompany,
                              List<PositionResponse> positions, long connectionCount, long followerCount,
                              long followingCount, Degree degree, long mutualConnectionCount,
                              List<ProfileSummary> mutualConnections, boolean following, boolean followsMe,
                              ConnectionState connectionState, Long pendingInvitationId, String invitationPolicy,
                              java.time.Instant canInviteAgainAt, int inviteCoolDownDays,
                              NetworkVisibility networkVisibility, boolean networkListsVisible) {
}
