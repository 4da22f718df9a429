package dev.editstudio.image;

import dev.editstudio.base.config.EditStudioConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;

/** Takes images in (validated, decoded once, thumbnailed, stored) and hands them out. */
@ApplicationScoped
public class ImageService {

    private final ImageDecoder decoder;
    private final ImageStore store;
    private final int thumbnailSize;

    public ImageService(ImageDecoder decoder, ImageStore store, EditStudioConfig config) {
        this.decoder = decoder;
        this.store = store;
        this.thumbnailSize = config.image().thumbnailSize();
    }

    /** An uploaded file that passed every check, with its decoded pixels. */
    public record Ingested(StoredImage image, DecodedImage pixels) {}

    /**
     * Validates (limits before decoding), decodes fully (so a truncated file is refused now, not in a worker) and
     * stores the file as uploaded. Joins the caller's transaction.
     */
    public Ingested ingest(byte[] bytes) {
        DecodedImage pixels = decoder.decode(bytes);
        ImageProbe probe = new ImageProbe(ImageFormat.sniff(bytes).orElseThrow(), pixels.width(), pixels.height(),
                bytes.length);
        return new Ingested(store.put(bytes, probe, ImageEncoder.thumbnail(pixels, thumbnailSize)), pixels);
    }

    /** Stores pixels as PNG (an edit's output); the thumbnail is made while the PNG is encoded. */
    public StoredImage store(DecodedImage pixels) {
        CompletableFuture<byte[]> thumbnail = CompletableFuture.supplyAsync(
                () -> ImageEncoder.thumbnail(pixels, thumbnailSize));
        byte[] png = ImageEncoder.png(pixels);
        return store.put(png, new ImageProbe(ImageFormat.PNG, pixels.width(), pixels.height(), png.length),
                thumbnail.join());
    }

    public ImageDecoder decoder() {
        return decoder;
    }

    public ImageStore store() {
        return store;
    }
}
