package dev.editstudio.image;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;

/**
 * {@link ImageStore} in the {@code image_blob} table. Plain JDBC, because images are bytes, not entities: nothing
 * is loaded that a call does not ask for. The data source is transaction-aware, so writes join the caller's
 * transaction.
 */
@ApplicationScoped
public class PostgresImageStore implements ImageStore {

    private final AgroalDataSource db;

    public PostgresImageStore(AgroalDataSource db) {
        this.db = db;
    }

    @Override
    public StoredImage put(byte[] bytes, ImageProbe probe, byte[] thumbnailJpeg) {
        String sha = Hashes.sha256Hex(bytes);
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into image_blob (sha256, format, width, height, byte_size, data, thumbnail)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (sha256) do nothing""")) {
            s.setString(1, sha);
            s.setString(2, probe.format().id());
            s.setInt(3, probe.width());
            s.setInt(4, probe.height());
            s.setInt(5, bytes.length);
            s.setBytes(6, bytes);
            s.setBytes(7, thumbnailJpeg);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("storing image " + sha + " failed", e);
        }
        return new StoredImage(sha, probe.format(), probe.width(), probe.height(), bytes.length);
    }

    @Override
    public Optional<StoredImage> find(String sha256) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select format, width, height, byte_size from image_blob where sha256 = ?")) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new StoredImage(sha256, ImageFormat.of(r.getString(1)), r.getInt(2),
                        r.getInt(3), r.getInt(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading image " + sha256 + " failed", e);
        }
    }

    @Override
    public Optional<byte[]> bytes(String sha256) {
        return column("data", sha256);
    }

    @Override
    public Optional<byte[]> thumbnail(String sha256) {
        return column("thumbnail", sha256);
    }

    @Override
    public void delete(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return;
        }
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("delete from image_blob where sha256 = any (?)")) {
            s.setArray(1, c.createArrayOf("varchar", sha256s.toArray()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("deleting images failed", e);
        }
    }

    private Optional<byte[]> column(String column, String sha256) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select " + column + " from image_blob where sha256 = ?")) {
            s.setString(1, sha256);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading image " + sha256 + " failed", e);
        }
    }
}
