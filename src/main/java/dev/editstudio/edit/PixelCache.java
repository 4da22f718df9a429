package dev.editstudio.edit;

import dev.editstudio.base.config.EditStudioConfig;
import dev.editstudio.model.Raster;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decoded images by SHA-256, least recently used out first, bounded in bytes. Multi-round editing works on the
 * last output again and again; keeping it decoded saves a PNG decode per round.
 */
@ApplicationScoped
public class PixelCache {

    private final long capacity;
    private final LinkedHashMap<String, Raster> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long size;

    public PixelCache(EditStudioConfig config) {
        this.capacity = config.queue().cacheMb() * 1024L * 1024L;
    }

    public synchronized Optional<Raster> get(String sha256) {
        return Optional.ofNullable(entries.get(sha256));
    }

    public synchronized void put(String sha256, Raster raster) {
        long bytes = raster.data().length;
        if (bytes > capacity || entries.containsKey(sha256)) {
            return;
        }
        entries.put(sha256, raster);
        size += bytes;
        var eldest = entries.entrySet().iterator();
        while (size > capacity && eldest.hasNext()) {
            Map.Entry<String, Raster> e = eldest.next();
            size -= e.getValue().data().length;
            eldest.remove();
        }
    }
}
