package app.rapport.common.replica;

/**
 * Read-your-writes: where a member's read may run. The replica serves it only when it is
 * reachable and has replayed the WAL up to the end of the member's last write (the position
 * recorded on the primary right after that write committed); otherwise the primary does. A
 * member who never wrote (mark 0) or an anonymous read can always use a reachable replica.
 */
public final class ReadRule {

    public enum Route { PRIMARY, REPLICA }

    private ReadRule() {
    }

    public static Route route(boolean replicaUp, long memberMark, long replayed) {
        return replicaUp && memberMark <= replayed ? Route.REPLICA : Route.PRIMARY;
    }
}
