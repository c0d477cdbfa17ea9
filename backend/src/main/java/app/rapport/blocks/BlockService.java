package app.rapport.blocks;

import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.follows.FollowService;
import app.rapport.network.NetworkMemberResponse;
import app.rapport.network.NetworkRepository;
import app.rapport.network.NetworkRows;
import app.rapport.privacy.BlockRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Blocking. A block removes any connection, follows, private tags and pending requests
 * between the two; from then on {@link BlockRule} hides each from the other everywhere.
 */
@ApplicationScoped
public class BlockService {

    private final BlockRepository blocks;
    private final NetworkRepository network;
    private final BlockRule rule;
    private final Event<MemberBlocked> blockedEvents;
    private final Event<MemberUnblocked> unblockedEvents;

    public BlockService(BlockRepository blocks, NetworkRepository network, BlockRule rule,
                        Event<MemberBlocked> blockedEvents, Event<MemberUnblocked> unblockedEvents) {
        this.blocks = blocks;
        this.network = network;
        this.rule = rule;
        this.blockedEvents = blockedEvents;
        this.unblockedEvents = unblockedEvents;
    }

    @Transactional
    public void block(long me, long memberId) {
        if (me == memberId) {
            throw ProblemException.refused("CANNOT_BLOCK_SELF", "You cannot block yourself.");
        }
        rule.requireMember(me, memberId);
        network.lockPair(me, memberId);
        blocks.block(me, memberId);
        blocks.severAll(me, memberId);
        blockedEvents.fire(new MemberBlocked(me, memberId));
    }

    /** The blocker can always lift their block; anyone else is answered as for any member. */
    @Transactional
    public void unblock(long me, long memberId) {
        if (!rule.blocks(me, memberId)) {
            rule.requireMember(me, memberId);
        }
        if (blocks.unblock(me, memberId)) {
            unblockedEvents.fire(new MemberUnblocked(me, memberId));
        }
    }

    @Transactional
    public Page<NetworkMemberResponse> list(long me, PageRequest page) {
        FollowService.Keyset k = FollowService.Keyset.of(page);
        return Page.fromOverfetch(blocks.blockedBy(me, k.at(), k.id(), page.limit() + 1).stream()
                .map(NetworkRows::member).toList(), page.limit(), FollowService.Keyset::cursor);
    }

}
