package app.rapport.common;

import app.rapport.common.replica.ReplicaTenant;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.Session;

/**
 * Runs the hottest read statements of every page (feed streams, post views, member summaries)
 * on plain JDBC: inside a transaction on the Hibernate session's connection, outside one on a
 * pooled connection of the datasource the use case was routed to (primary or replica, see
 * {@code ReplicaTenant}). A Hibernate native query rebuilds its parameter bindings and asks the
 * driver for every result column's type on every call: 17 % of the app's CPU on the home feed in
 * a flight recording, for rows that are only read as numbers, text and times. The SQL keeps Hibernate's named parameters ({@code :me}), turned into JDBC's
 * {@code ?} once per statement text; {@code ::} casts and quoted literals are left alone.
 * Values: numbers, text, booleans, {@link Instant}s, {@code Long[]} (a bigint[] parameter) and
 * collections (expanded like Hibernate's list parameters, for {@code IN (:ids)}; an empty one
 * matches nothing).
 */
@ApplicationScoped
public class SqlRows {

    private final EntityManager em;
    private final TransactionManager transactions;
    private final ReplicaTenant dataSources;
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    public SqlRows(EntityManager em, TransactionManager transactions, @PersistenceUnitExtension ReplicaTenant dataSources) {
        this.em = em;
        this.transactions = transactions;
        this.dataSources = dataSources;
    }

    /**
     * The rows of {@code sql} with {@code params} bound by name; each row's columns as JDBC reads
     * them. Inside a transaction, on its connection; outside one (a use case that only reads
     * through here, like the home feed), on a pooled connection in autocommit, from the
     * datasource {@code ReplicaRouting} chose: no transaction to begin and commit.
     */
    public List<Object[]> list(String sql, Map<String, ?> params) {
        Parsed p = parsed.computeIfAbsent(sql, Parsed::of);
        if (!inTransaction()) {
            try (Connection connection = dataSources.current().getConnection()) {
                return run(connection, p, params);
            } catch (SQLException e) {
                throw new PersistenceException("Reading failed: " + e.getMessage(), e);
            }
        }
        Session session = em.unwrap(Session.class);
        if (session.isDirty()) {
            session.flush(); // as a native query would: the read sees this transaction's pending changes
        }
        return session.doReturningWork(connection -> run(connection, p, params));
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new IllegalStateException("no transaction status", e);
        }
    }

    private static List<Object[]> run(Connection connection, Parsed p, Map<String, ?> params) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(p.sql(params))) {
            int index = 1;
            for (String name : p.names) {
                Object value = params.get(name);
                if (value == null && !params.containsKey(name)) {
                    throw new IllegalArgumentException("no value for :" + name);
                }
                if (value instanceof Collection<?> values) {
                    for (Object v : values) {
                        bind(connection, st, index++, v);
                    }
                } else {
                    bind(connection, st, index++, value);
                }
            }
            try (ResultSet rs = st.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static void bind(Connection connection, PreparedStatement st, int index, Object value) throws SQLException {
        if (value instanceof Instant i) {
            st.setObject(index, OffsetDateTime.ofInstant(i, ZoneOffset.UTC));
        } else if (value instanceof Long[] ids) {
            st.setArray(index, connection.createArrayOf("bigint", ids));
        } else {
            st.setObject(index, value);
        }
    }

    /** A statement's text split at its named parameters. */
    record Parsed(List<String> parts, List<String> names, String plain) {

        static Parsed of(String sql) {
            List<String> parts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            int n = sql.length();
            for (int i = 0; i < n; i++) {
                char c = sql.charAt(i);
                if (c == '\'') { // a literal, copied whole ('' inside is two quotes in a row)
                    int end = sql.indexOf('\'', i + 1);
                    if (end < 0) {
                        throw new IllegalArgumentException("unterminated literal in " + sql);
                    }
                    part.append(sql, i, end + 1);
                    i = end;
                } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                    part.append("::");
                    i++;
                } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                    int end = i + 1;
                    while (end < n && Character.isJavaIdentifierPart(sql.charAt(end))) {
                        end++;
                    }
                    parts.add(part.toString());
                    part.setLength(0);
                    names.add(sql.substring(i + 1, end));
                    i = end - 1;
                } else {
                    part.append(c);
                }
            }
            parts.add(part.toString());
            return new Parsed(List.copyOf(parts), List.copyOf(names), String.join("?", parts));
        }

        /** The JDBC text; a collection value takes one "?" per element ("IN (NULL)", matching nothing, when empty). */
        String sql(Map<String, ?> params) {
            boolean lists = false;
            for (String name : names) {
                lists |= params.get(name) instanceof Collection<?>;
            }
            if (!lists) {
                return plain;
            }
            StringBuilder out = new StringBuilder(parts.get(0));
            for (int i = 0; i < names.size(); i++) {
                Object value = params.get(names.get(i));
                if (value instanceof Collection<?> values) {
                    out.append(values.isEmpty() ? "NULL" : "?, ".repeat(values.size() - 1) + "?");
                } else {
                    out.append('?');
                }
                out.append(parts.get(i + 1));
            }
            return out.toString();
        }
    }
}
