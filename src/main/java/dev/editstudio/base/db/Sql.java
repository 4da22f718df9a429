package dev.editstudio.base.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL for the statements an ORM is wrong for (queue claims, guarded transitions, {@code RETURNING}). Uses the
 * transaction-aware data source, so statements join the caller's transaction like Hibernate's do.
 */
@ApplicationScoped
public class Sql {

    private final AgroalDataSource db;

    public Sql(AgroalDataSource db) {
        this.db = db;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, params);
            try (ResultSet r = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(mapper.map(r));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    public int update(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
        }
    }

    /** A nullable timestamp column as an {@link Instant}. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp t = row.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** A nullable bigint column. */
    public static Long nullableLong(ResultSet row, String column) throws SQLException {
        long v = row.getLong(column);
        return row.wasNull() ? null : v;
    }

    /** A nullable bigint column, by position. */
    public static Long nullableLong(ResultSet row, int column) throws SQLException {
        long v = row.getLong(column);
        return row.wasNull() ? null : v;
    }

    private static void bind(Connection c, PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            switch (p) {
                case Instant t -> s.setObject(i + 1, OffsetDateTime.ofInstant(t, java.time.ZoneOffset.UTC));
                case long[] ids -> s.setArray(i + 1, c.createArrayOf("bigint", java.util.Arrays.stream(ids).boxed().toArray()));
                case String[] texts -> s.setArray(i + 1, c.createArrayOf("varchar", texts));
                case null -> s.setObject(i + 1, null);
                default -> s.setObject(i + 1, p);
            }
        }
    }
}
