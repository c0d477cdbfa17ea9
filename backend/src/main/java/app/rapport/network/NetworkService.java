package app.rapport.network;

import app.rapport.common.Cursor;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.replica.ReadReplica;
import app.rapport.privacy.BlockRule;
import app.rapport.privacy.NetworkList;
import app.rapport.privacy.NetworkVisibilityRule;
import app.rapport.profiles.Member;
import app.rapport.profiles.MemberRepository;
import app.rapport.profiles.ProfileCounts;
import app.rapport.profiles.ProfileSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Degrees, mutual connections, counts, another member's network lists and people you may know. */
@ApplicationScoped
public class NetworkService {

    /** How many mutual connections a profile shows inline (the rest are one click away). */
    static final int MUTUAL_SAMPLE = 3;

    private final NetworkRepository network;
    private final MemberRepository members;
    private final BlockRule blocks;
    private final NetworkVisibilityRule visibility;

    public NetworkService(NetworkRepository network, MemberRepository members, BlockRule blocks,
                          NetworkVisibilityRule visibility) {
        this.network = network;
        this.members = members;
        this.blocks = blocks;
        this.visibility = visibility;
    }

    @Transactional
    public ProfileCounts counts(long memberId) {
        return network.counts(memberId);
    }

    /** Whether the two members are connected. */
    @Transactional
    public boolean connected(long a, long b) {
        return network.connected(a, b);
    }

    /** Whether {@code me} follows or is connected to {@code other}: who counts as one of my contacts. */
    @Transactional
    public boolean isContact(long me, long other) {
        Object[] flags = network.relationFlags(me, other);
        return (Boolean) flags[0] || (Boolean) flags[2];
    }

    @Transactional
    public ProfileRelation relation(long viewerId, long memberId) {
        Object[] flags = network.relationFlags(viewerId, memberId);
        String policy = (String) flags[3];
        if (viewerId == memberId) {
            return new ProfileRelation(Degree.SELF, 0, List.of(), false, false, ConnectionState.SELF, null, policy);
        }
        boolean following = (Boolean) flags[0];
        boolean followsMe = (Boolean) flags[1];
        boolean connected = (Boolean) flags[2];
        Long invitationId = flags[4] == null ? null : ((Number) flags[4]).longValue();
        Long senderId = flags[5] == null ? null : ((Number) flags[5]).longValue();
        long mutualCount = network.mutualCount(viewerId, memberId);
        List<ProfileSummary> sample = mutualCount == 0 ? List.of()
                : network.mutualConnections(viewerId, memberId, null, null, MUTUAL_SAMPLE).stream()
                        .map(r -> ProfileSummary.fromRow(r, 0)).toList();
        Degree degree = connected ? Degree.FIRST : mutualCount > 0 ? Degree.SECOND : Degree.THIRD_PLUS;
        ConnectionState state = connected ? ConnectionState.CONNECTED
                : invitationId == null ? ConnectionState.NONE
                : senderId == viewerId ? ConnectionState.INVITATION_SENT : ConnectionState.INVITATION_RECEIVED;
        return new ProfileRelation(degree, mutualCount, sample, following, followsMe, state, invitationId, policy);
    }

    @Transactional
    @ReadReplica
    public Page<NetworkMemberResponse> mutualConnections(long viewerId, String handle, PageRequest page) {
        long memberId = members.idByHandle(handle, viewerId).orElseThrow(() -> BlockRule.memberNotFound(handle));
        String afterName = null;
        Long afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 2);
            afterName = parts.get(0);
            afterId = Cursor.decodeLong(parts.get(1));
        }
        List<NetworkMemberResponse> rows = viewerId == memberId ? List.of()
                : network.mutualConnections(viewerId, memberId, afterName, afterId, page.limit() + 1).stream()
                        .map(NetworkRows::member).toList();
        return Page.fromOverfetch(rows, page.limit(),
                r -> Cursor.encode(r.member().displayName().toLowerCase(Locale.ROOT), r.member().id()));
    }

    /**
     * A member's connections, followers or followees, newest first, as the viewer sees them:
     * 404 when the handle is unknown or a block stands either way, 403 when the member's
     * choice hides the list from the viewer; members blocked either way with the viewer are
     * left out.
     */
    @Transactional
    @ReadReplica
    public Page<NetworkMemberResponse> memberList(long viewerId, String handle, NetworkList list, PageRequest page) {
        Member owner = members.findByHandle(handle)
                .filter(found -> !blocks.eitherWay(viewerId, found.id))
                .orElseThrow(() -> BlockRule.memberNotFound(handle));
        visibility.require(viewerId, owner.id, owner.displayName, list);
        Instant afterAt = null;
        Long afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 2);
            afterAt = Cursor.decodeInstant(parts.get(0));
            afterId = Cursor.decodeLong(parts.get(1));
        }
        List<NetworkMemberResponse> rows = network.memberList(list, owner.id, viewerId, afterAt, afterId,
                page.limit() + 1).stream().map(NetworkRows::member).toList();
        return Page.fromOverfetch(rows, page.limit(), r -> Cursor.encode(r.since(), r.member().id()));
    }

    @Transactional
    @ReadReplica
    public Page<SuggestionResponse> suggestions(long viewerId, PageRequest page) {
        Long afterCount = null;
        Long afterId = null;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 2);
            afterCount = Cursor.decodeLong(parts.get(0));
            afterId = Cursor.decodeLong(parts.get(1));
        }
        List<SuggestionResponse> rows = network.suggestions(viewerId, afterCount, afterId, page.limit() + 1).stream()
                .map(r -> new SuggestionResponse(ProfileSummary.fromRow(r, 0), ((Number) r[10]).longValue()))
                .toList();
        return Page.fromOverfetch(rows, page.limit(),
                s -> Cursor.encode(s.mutualConnectionCount(), s.member().id()));
    }
}
