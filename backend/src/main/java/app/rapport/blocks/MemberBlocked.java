package app.rapport.blocks;

/** Event: {@code blockerId} blocked {@code blockedId}, fired inside the blocking transaction after the clean-up. */
public record MemberBlocked(long blockerId, long blockedId) {
}
