package app.rapport.blocks;

/**
 * Event: {@code blockerId} just blocked {@code blockedId}, in the current transaction. Features
 * above close what the two shared (e.g. introductions involving both).
 */
public record MemberBlocked(long blockerId, long blockedId) {
}
