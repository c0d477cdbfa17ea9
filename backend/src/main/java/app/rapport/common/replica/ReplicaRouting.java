package app.rapport.common.replica;

import io.quarkus.arc.Arc;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.SQLException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Runs a {@link ReadReplica} use case on the replica when {@link Replica#routeFor} allows it.
 * It runs outside (before) {@code @Transactional}, so the use case's transaction and Hibernate
 * session are opened on the replica from the start ({@link ReplicaTenant}); a call made inside a
 * transaction that is already open stays where that transaction is. A read that fails on the
 * replica with a database error runs once more on the primary: reads never fail for the replica.
 */
@ReadReplica
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ReplicaRouting {

    private static final ThreadLocal<Boolean> ON_REPLICA = new ThreadLocal<>();

    private final Replica replica;
    private final TransactionManager transactions;
    private final JsonWebToken jwt;

    @Inject
    public ReplicaRouting(Replica replica, TransactionManager transactions, JsonWebToken jwt) {
        this.replica = replica;
        this.transactions = transactions;
        this.jwt = jwt;
    }

    /** Whether the current thread runs a use case on the replica (for {@link ReplicaTenant}). */
    static boolean onReplica() {
        return ON_REPLICA.get() != null;
    }

    @AroundInvoke
    Object route(InvocationContext call) throws Exception {
        if (!replica.configured() || onReplica() || inTransaction()
            || replica.routeFor(member()) == ReadRule.Route.PRIMARY) {
            return call.proceed();
        }
        ON_REPLICA.set(Boolean.TRUE);
        try {
            return call.proceed();
        } catch (RuntimeException e) {
            if (!databaseFailure(e)) {
                throw e;
            }
            replica.failed(e);
            ON_REPLICA.remove();
            return call.proceed();
        } finally {
            ON_REPLICA.remove();
        }
    }

    private boolean inTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }

    /** The signed-in member (whose writes the read must see), or null when anonymous. */
    private Long member() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        String subject = jwt.getSubject();
        return subject != null && !subject.isEmpty() && subject.chars().allMatch(Character::isDigit)
                ? Long.valueOf(subject) : null;
    }

    private static boolean databaseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
