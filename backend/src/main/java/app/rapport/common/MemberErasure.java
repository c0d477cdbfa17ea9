package app.rapport.common;

/**
 * A feature's part in deleting an account. The member's rows go with the member row itself
 * (every table that holds a member's data references {@code members(id) ON DELETE CASCADE});
 * what a cascade cannot do is fix what other members' rows say about them, such as a like count
 * on someone else's post. A feature that keeps such a denormalised value declares a bean of this
 * type; each runs in the deletion's transaction, before the member row is deleted.
 */
public interface MemberErasure {

    void beforeDelete(long memberId);
}
