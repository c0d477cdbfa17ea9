package app.rapport.common;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.RollbackException;
import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells an exception caused by PostgreSQL being out of reach (down, restarting, refusing
 * connections, or the pool waiting in vain for a connection) from any other failure, so that
 * the API answers it with 503 and Retry-After instead of a 500: the request may simply be
 * retried once the database is back, and the pool reconnects by itself.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before retrying. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Throwable suppressed : t.getSuppressed()) {
                if (causedBy(suppressed)) {
                    return true;
                }
            }
            // A commit that failed: with one PostgreSQL behind every transaction, that is the
            // server going away mid-commit (a rule broken earlier throws its own exception first).
            // Whether it committed is unknown, so the answer is "retry", with the same key.
            if (t instanceof RollbackException || t instanceof HeuristicMixedException
                    || t instanceof HeuristicRollbackException) {
                return true;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SocketException || t instanceof EOFException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-57P03: admin/crash shutdown, cannot connect now
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                // Agroal, when no connection came within the acquisition timeout
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return true;
                }
            }
            String type = t.getClass().getName();
            if (type.equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
