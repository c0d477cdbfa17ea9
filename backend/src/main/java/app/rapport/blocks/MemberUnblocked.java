package app.rapport.blocks;

/**
 * Event: {@code blockerId} lifted their block on {@code unblockedId}, fired inside the
 * unblocking transaction. The other may still block the first; observers check.
 */
public record MemberUnblocked(long blockerId, long unblockedId) {
}
