package app.rapport.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Proves that a refused request stored nothing: while installed, a row trigger on every table
 * of the application appends (table, operation) to {@code test_write_log} inside the writing
 * transaction, so only committed writes are logged, whatever the table and whatever was
 * changed (an insert, an update of one column, a delete). Installed by a suite before it runs
 * and removed after; bookkeeping that any request may do (rate-limit buckets, a session's
 * last-seen stamp, a token's last use) is not a write of the request's own.
 */
public final class WriteLog {

    /** Tables no trigger is put on: Flyway's, the log itself, the rate limiter's buckets. */
    private static final Set<String> UNWATCHED = Set.of("flyway_schema_history", "test_write_log", "rate_limit_buckets");
    /** Updates that every authenticated request may make. */
    private static final Set<String> BOOKKEEPING = Set.of("sessions UPDATE", "access_tokens UPDATE");

    private WriteLog() {
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    public static void install() {
        uninstall();
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE test_write_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                    + " tbl text NOT NULL, op text NOT NULL)");
            st.execute("""
                    CREATE FUNCTION test_write_log_row() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                        INSERT INTO test_write_log (tbl, op) VALUES (TG_TABLE_NAME, TG_OP);
                        RETURN NULL;
                    END $$""");
            for (String table : tables(st)) {
                st.execute("CREATE TRIGGER test_write_log AFTER INSERT OR UPDATE OR DELETE ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION test_write_log_row()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized void uninstall() {
        try {
            if (reader != null) {
                reader.close();
                reader = null;
            }
        } catch (SQLException e) {
            // closing a connection we only read with
        }
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String table : tables(st)) {
                st.execute("DROP TRIGGER IF EXISTS test_write_log ON " + table);
            }
            st.execute("DROP FUNCTION IF EXISTS test_write_log_row() CASCADE");
            st.execute("DROP TABLE IF EXISTS test_write_log");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The position of the log now: pass it to {@link #since}. */
    public static synchronized long mark() {
        try (Statement st = reader().createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(max(id), 0) FROM test_write_log")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The writes committed since the mark ("table OPERATION"), bookkeeping left out. */
    public static synchronized List<String> since(long mark) {
        List<String> out = new ArrayList<>();
        try (var st = reader().prepareStatement("SELECT tbl || ' ' || op FROM test_write_log WHERE id > ? ORDER BY id")) {
            st.setLong(1, mark);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (!BOOKKEEPING.contains(rs.getString(1))) {
                        out.add(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static Connection reader;

    /** One connection for the many small reads of a suite. */
    private static Connection reader() throws SQLException {
        if (reader == null || reader.isClosed()) {
            reader = connect();
        }
        return reader;
    }

    private static List<String> tables(Statement st) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")) {
            while (rs.next()) {
                if (!UNWATCHED.contains(rs.getString(1))) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
