package dev.editstudio.image;

import java.util.Collection;
import java.util.Optional;

/**
 * Content-addressed image storage: the key of an image is the SHA-256 of its bytes, so storing the same bytes twice
 * keeps one copy. Each image has a small JPEG thumbnail. PostgreSQL holds them today ({@link PostgresImageStore});
 * an object store can implement this interface instead. Calls join the caller's transaction where there is one.
 */
public interface ImageStore {

    /** Stores encoded image bytes (already validated) with their thumbnail; a no-op if they are already there. */
    StoredImage put(byte[] bytes, ImageProbe probe, byte[] thumbnailJpeg);

    Optional<StoredImage> find(String sha256);

    /** The image file as stored. */
    Optional<byte[]> bytes(String sha256);

    /** Its JPEG thumbnail. */
    Optional<byte[]> thumbnail(String sha256);

    /** Deletes images; callers make sure nothing refers to them any more. */
    void delete(Collection<String> sha256s);
}
