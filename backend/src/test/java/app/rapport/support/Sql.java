package app.rapport.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Direct SQL on the test database, to seed large or old data fast (limits, 30,000 connections). */
public final class Sql {

    private Sql() {
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres"),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    /** Runs a statement with positional parameters; returns the update count. */
    public static int exec(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row. */
    public static List<Long> longs(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row, as text. */
    public static List<String> strings(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... params) {
        return longs(sql, params).get(0);
    }

    /** Inserts {@code n} bare members (they cannot log in) and returns their ids. */
    public static List<Long> seedMembers(int n) {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return longs("""
                INSERT INTO members (email, handle, display_name, password_hash)
                SELECT 's' || ? || '_' || g || '@seed.test', 's' || ? || '_' || g, 'Seed Member ' || g, 'x'
                FROM generate_series(1, ?) g RETURNING id""", tag, tag, n);
    }

    /** Connects {@code member} with every member whose id is in [fromId, toId], with the follows. */
    public static void connectRange(long member, long fromId, long toId) {
        exec("""
                INSERT INTO connections (member_a_id, member_b_id)
                SELECT LEAST(?, id), GREATEST(?, id) FROM members WHERE id BETWEEN ? AND ? AND id <> ?
                ON CONFLICT DO NOTHING""", member, member, fromId, toId, member);
    }

    /** Connects two members directly (with both follows), as an accepted request would. */
    public static void connect(long a, long b) {
        exec("INSERT INTO connections (member_a_id, member_b_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                Math.min(a, b), Math.max(a, b));
        exec("INSERT INTO follows (follower_id, followee_id) VALUES (?, ?), (?, ?) ON CONFLICT DO NOTHING", a, b, b, a);
    }
}
