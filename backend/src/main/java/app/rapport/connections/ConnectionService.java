package app.rapport.connections;

import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.common.replica.ReadReplica;
import app.rapport.follows.FollowService;
import app.rapport.network.NetworkMemberResponse;
import app.rapport.network.NetworkRepository;
import app.rapport.network.NetworkRows;
import app.rapport.privacy.BlockRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Connections: listing, removing, and the one guarded way to create one. */
@ApplicationScoped
public class ConnectionService {

    private final ConnectionRepository connections;
    private final NetworkRepository network;
    private final BlockRule blocks;
    private final ConnectionsConfig config;
    private final Event<ConnectionMade> made;

    public ConnectionService(ConnectionRepository connections, NetworkRepository network, BlockRule blocks,
                             ConnectionsConfig config, Event<ConnectionMade> made) {
        this.connections = connections;
        this.network = network;
        this.blocks = blocks;
        this.config = config;
        this.made = made;
    }

    @Transactional
    @ReadReplica
    public Page<NetworkMemberResponse> list(long me, PageRequest page) {
        FollowService.Keyset k = FollowService.Keyset.of(page);
        return Page.fromOverfetch(connections.connectionsOf(me, k.at(), k.id(), page.limit() + 1).stream()
                .map(NetworkRows::member).toList(), page.limit(), FollowService.Keyset::cursor);
    }

    /** Removes a connection without telling the other; both stop following each other. Idempotent. */
    @Transactional
    public void remove(long me, long memberId) {
        blocks.requireMember(me, memberId);
        network.lockPair(me, memberId);
        connections.disconnect(me, memberId);
    }

    /**
     * Connects two members. The caller must hold {@link NetworkRepository#lockPair} on them,
     * so that the counts read here cannot change before the insert: this is what keeps the
     * connection limit exact under concurrent accepts. Observers of {@link ConnectionMade} learn
     * how the two came to be connected ({@code origin}).
     */
    public void connectLocked(long viewer, long other, Map<Long, Integer> lockedCounts, ConnectionOrigin origin) {
        if (network.connected(viewer, other)) {
            return;
        }
        int max = config.maxConnections();
        if (lockedCounts.getOrDefault(viewer, 0) >= max) {
            throw ProblemException.conflict("CONNECTION_LIMIT_REACHED",
                    "You have reached the limit of " + max + " connections. Remove a connection first, "
                    + "or make this person a follower instead: followers are unlimited.");
        }
        if (lockedCounts.getOrDefault(other, 0) >= max) {
            throw ProblemException.conflict("CONNECTION_LIMIT_REACHED",
                    "This member has reached the limit of " + max + " connections and cannot connect with anyone "
                    + "else; you can follow them instead.");
        }
        connections.connect(viewer, other);
        made.fire(new ConnectionMade(viewer, other, origin));
    }
}
