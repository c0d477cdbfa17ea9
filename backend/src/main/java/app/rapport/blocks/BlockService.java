package app.rapport.blocks;

import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.follows.FollowService;
import app.rapport.network.NetworkMemberResponse;
import app.rapport.network.NetworkRepository;
import app.rapport.network.NetworkRows;
import app.rapport.profiles.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Blocking. A block removes any connection, follows, private tags and pending requests
 * between the two, and from then on neither can see the other's profile or posts, follow, or
 * invite the other. Other features ask {@link #guard} before letting one member act on another.
 */
@ApplicationScoped
public class BlockService {

    private final BlockRepository blocks;
    private final NetworkRepository network;
    private final MemberRepository members;
    private final Event<MemberBlocked> blockedEvents;

    public BlockService(BlockRepository blocks, NetworkRepository network, MemberRepository members,
                        Event<MemberBlocked> blockedEvents) {
        this.blocks = blocks;
        this.network = network;
        this.members = members;
        this.blockedEvents = blockedEvents;
    }

    @Transactional
    public void block(long me, long memberId) {
        if (me == memberId) {
            throw ProblemException.refused("CANNOT_BLOCK_SELF", "You cannot block yourself.");
        }
        requireMember(memberId);
        network.lockPair(me, memberId);
        blocks.block(me, memberId);
        blocks.severAll(me, memberId);
        blockedEvents.fire(new MemberBlocked(me, memberId));
    }

    @Transactional
    public void unblock(long me, long memberId) {
        requireMember(memberId);
        blocks.unblock(me, memberId);
    }

    @Transactional
    public Page<NetworkMemberResponse> list(long me, PageRequest page) {
        FollowService.Keyset k = FollowService.Keyset.of(page);
        return Page.fromOverfetch(blocks.blockedBy(me, k.at(), k.id(), page.limit() + 1).stream()
                .map(NetworkRows::member).toList(), page.limit(), FollowService.Keyset::cursor);
    }

    /**
     * Refuses an act of {@code me} on {@code other} across a block: if the other blocked me
     * they do not exist for me (404); if I blocked them I am told to unblock first (409).
     */
    public void guard(long me, long other) {
        if (blocks.blocks(other, me)) {
            throw ProblemException.notFound("No member has the id " + other + ".");
        }
        if (blocks.blocks(me, other)) {
            throw ProblemException.conflict("MEMBER_BLOCKED", "You blocked this member; unblock them first.");
        }
    }

    /** Whether either member blocked the other (then neither sees the other's profile). */
    public boolean blockedEitherWay(long a, long b) {
        return blocks.eitherWay(a, b);
    }

    private void requireMember(long memberId) {
        if (members.findByIdOptional(memberId).isEmpty()) {
            throw ProblemException.notFound("No member has the id " + memberId + ".");
        }
    }
}
