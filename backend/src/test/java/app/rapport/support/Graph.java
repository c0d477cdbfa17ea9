package app.rapport.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes the relationship graph straight into the database (the follow and connect endpoints
 * belong to another feature), plus small SQL helpers such as ageing a post.
 */
public final class Graph {

    private Graph() {
    }

    public static void follow(TestMember follower, TestMember followee) {
        sql("INSERT INTO follows (follower_id, followee_id) VALUES (?, ?) ON CONFLICT DO NOTHING", follower.id(), followee.id());
    }

    public static void unfollow(TestMember follower, TestMember followee) {
        sql("DELETE FROM follows WHERE follower_id = ? AND followee_id = ?", follower.id(), followee.id());
    }

    /** An accepted connection: one row, and each follows the other. */
    public static void connect(TestMember a, TestMember b) {
        sql("INSERT INTO connections (member_a_id, member_b_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                Math.min(a.id(), b.id()), Math.max(a.id(), b.id()));
        follow(a, b);
        follow(b, a);
    }

    public static void sql(String statement, Object... params) {
        AgroalDataSource ds = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
