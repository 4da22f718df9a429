package dev.editstudio.edit.api;

import dev.editstudio.base.error.ApiException;
import dev.editstudio.edit.EditViews.ImageData;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Helpers the edit resources share: blocking work off the event loop, image responses, uploads. */
final class Responses {

    private Responses() {}

    /** Runs blocking work (database, images, the model) on a worker thread. */
    static <T> Uni<T> blocking(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Images are content-addressed, so a response never goes stale: cache it for good, privately. */
    static Response image(ImageData image, String ifNoneMatch) {
        String etag = "\"" + image.etag() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().tag(image.etag()).build();
        }
        return Response.ok(image.bytes(), image.mediaType())
                .header("ETag", etag)
                .header("Cache-Control", "private, max-age=31536000, immutable")
                .build();
    }

    /** The bytes of an uploaded part, after {@code sizeCheck} has accepted its size (before reading it). */
    static byte[] read(FileUpload upload, String part, java.util.function.LongConsumer sizeCheck) {
        if (upload == null || upload.uploadedFile() == null) {
            throw ApiException.badRequest("the multipart part '" + part + "' (an image file) is required");
        }
        sizeCheck.accept(upload.size());
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
