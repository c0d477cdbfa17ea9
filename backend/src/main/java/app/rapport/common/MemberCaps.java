package app.rapport.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Per-member caps (tags, saved views, access tokens, positions...) that hold under concurrent
 * requests. Counting and then inserting is a race: sixteen requests at once all count 98 and
 * all insert. {@link #check} first locks the member's row until the transaction ends, so one
 * member's capped creations run one after the other and each counts what the previous one
 * committed. The lock is {@code FOR NO KEY UPDATE}: it does not hold up rows of other tables
 * that merely reference the member (anyone's follows, likes, comments on them).
 */
@ApplicationScoped
public class MemberCaps {

    private final EntityManager em;

    public MemberCaps(EntityManager em) {
        this.em = em;
    }

    /**
     * Inside the caller's transaction, before its insert: refuses with {@code refusal} when the
     * member already has {@code max} or more of the thing {@code count} counts.
     */
    public void check(long memberId, long max, LongSupplier count, Supplier<ProblemException> refusal) {
        em.createNativeQuery("SELECT id FROM members WHERE id = :id FOR NO KEY UPDATE")
                .setParameter("id", memberId).getResultList();
        if (count.getAsLong() >= max) {
            throw refusal.get();
        }
    }
}
