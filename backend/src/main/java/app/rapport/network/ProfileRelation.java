package app.rapport.network;

import app.rapport.profiles.ProfileSummary;
import java.util.List;

/** Everything a profile page shows about the viewer's relation to the member. */
public record ProfileRelation(Degree degree, long mutualConnectionCount, List<ProfileSummary> mutualConnections,
                              boolean following, boolean followsMe, ConnectionState connectionState,
                              Long pendingInvitationId, String invitationPolicy) {
}
