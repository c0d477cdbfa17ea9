package app.rapport.follows;

import app.rapport.common.Cursor;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.common.replica.ReadReplica;
import app.rapport.network.NetworkMemberResponse;
import app.rapport.network.NetworkRepository;
import app.rapport.network.NetworkRows;
import app.rapport.privacy.BlockRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Following: one-sided, no approval, idempotent. Unfollowing a connection keeps the connection. */
@ApplicationScoped
public class FollowService {

    private final FollowRepository follows;
    private final NetworkRepository network;
    private final BlockRule blocks;
    private final Event<FollowChanged> changed;

    public FollowService(FollowRepository follows, NetworkRepository network, BlockRule blocks,
                         Event<FollowChanged> changed) {
        this.follows = follows;
        this.network = network;
        this.blocks = blocks;
        this.changed = changed;
    }

    @Transactional
    public FollowResponse follow(long me, long memberId) {
        if (me == memberId) {
            throw ProblemException.refused("CANNOT_FOLLOW_SELF", "You cannot follow yourself.");
        }
        blocks.guard(me, memberId);
        network.lockFollower(me);
        if (follows.follow(me, memberId)) {
            changed.fire(new FollowChanged(me, memberId, true, Instant.now()));
        }
        return state(me, memberId);
    }

    @Transactional
    public FollowResponse unfollow(long me, long memberId) {
        if (me == memberId) {
            throw ProblemException.refused("CANNOT_FOLLOW_SELF", "You cannot follow or unfollow yourself.");
        }
        blocks.requireMember(me, memberId);
        network.lockFollower(me);
        if (follows.unfollow(me, memberId)) {
            changed.fire(new FollowChanged(me, memberId, false, Instant.now()));
        }
        return state(me, memberId);
    }

    @Transactional
    @ReadReplica
    public Page<NetworkMemberResponse> following(long me, PageRequest page) {
        Keyset k = Keyset.of(page);
        return Page.fromOverfetch(follows.following(me, k.at, k.id, page.limit() + 1).stream()
                .map(NetworkRows::member).toList(), page.limit(), Keyset::cursor);
    }

    @Transactional
    @ReadReplica
    public Page<NetworkMemberResponse> followers(long me, PageRequest page) {
        Keyset k = Keyset.of(page);
        return Page.fromOverfetch(follows.followers(me, k.at, k.id, page.limit() + 1).stream()
                .map(NetworkRows::member).toList(), page.limit(), Keyset::cursor);
    }

    private FollowResponse state(long me, long memberId) {
        return new FollowResponse(memberId, follows.follows(me, memberId), follows.follows(memberId, me),
                network.connected(me, memberId));
    }

    /** The (since, member id) position of a newest-first network list. */
    public record Keyset(Instant at, Long id) {

        public static Keyset of(PageRequest page) {
            if (page.cursor() == null) {
                return new Keyset(null, null);
            }
            List<String> parts = Cursor.decode(page.cursor(), 2);
            return new Keyset(Cursor.decodeInstant(parts.get(0)), Cursor.decodeLong(parts.get(1)));
        }

        public static String cursor(NetworkMemberResponse r) {
            return Cursor.encode(r.since(), r.member().id());
        }
    }
}
