package app.rapport.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * The failures PostgreSQL being out of reach causes, as the driver, the pool and Hibernate
 * raise them, become 503 DATABASE_UNAVAILABLE with Retry-After; other failures do not. (The
 * crash script, backend/scripts/crash-test.sh, kills the real server.)
 */
class DatabaseUnavailableTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void outagesAsTheStackRaisesThem_are503WithRetryAfter() {
        List<Throwable> outages = List.of(
                new PSQLException("Connection to 127.0.0.1:5432 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                        new ConnectException("Connection refused")),
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE),
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"),
                new SQLException("FATAL: the database system is starting up", "57P03"),
                new SQLException("Sorry, acquisition timeout!"),
                new JDBCConnectionException("Unable to acquire JDBC Connection",
                        new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST)),
                new IllegalStateException("wrapped", new RuntimeException(new SQLException("Sorry, acquisition timeout!"))),
                new io.quarkus.arc.ArcUndeclaredThrowableException("Error invoking subclass method",
                        new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.")));
        for (Throwable outage : outages) {
            Response answer = mappers.unexpected(outage, null);
            assertEquals(503, answer.getStatus(), outage.toString());
            assertEquals(Problem.MEDIA_TYPE, answer.getMediaType().toString());
            assertEquals(String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS), answer.getHeaderString("Retry-After"));
            Problem problem = (Problem) answer.getEntity();
            assertEquals("DATABASE_UNAVAILABLE", problem.code());
            assertFalse(problem.detail().contains("Exception"));
        }
    }

    @Test
    void otherFailures_areNotTakenForOutages() {
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("a bug")));
        assertEquals(409, mappers.unexpected(new SQLException("duplicate key", "23505"), null).getStatus());
        assertEquals(500, mappers.unexpected(new IllegalStateException("a bug"), null).getStatus());
    }
}
