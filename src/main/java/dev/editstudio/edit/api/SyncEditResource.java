package dev.editstudio.edit.api;

import dev.editstudio.base.config.EditStudioConfig;
import dev.editstudio.base.error.ApiException;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.CurrentCaller;
import dev.editstudio.edit.EditRequest;
import dev.editstudio.edit.EditService;
import dev.editstudio.edit.EditViews.RoundInfo;
import dev.editstudio.edit.EditViews.SessionDetails;
import dev.editstudio.edit.RoundEvent;
import dev.editstudio.edit.RoundEvents;
import dev.editstudio.image.ImageDecoder;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.Cancellable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * One call, one edited image, like the single-call {@code /edit} services: the upload becomes a one-round session,
 * queued and counted like any edit, and the response waits for the result.
 */
@Path("/api/v1/edit")
@Authenticated
@Tag(name = "edits")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class SyncEditResource {

    static final String SESSION_HEADER = "X-EditStudio-Session-Id";
    static final String ROUND_HEADER = "X-EditStudio-Round-Id";

    private final EditService edits;
    private final RoundEvents events;
    private final ImageDecoder decoder;
    private final CurrentCaller caller;
    private final Duration timeout;

    public SyncEditResource(EditService edits, RoundEvents events, ImageDecoder decoder, CurrentCaller caller,
            EditStudioConfig config) {
        this.edits = edits;
        this.events = events;
        this.decoder = decoder;
        this.caller = caller;
        this.timeout = config.queue().syncTimeout();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @Operation(summary = "Edit an image in one call and get the result as PNG",
            description = "Parts: image (file), instruction, optional mask (PNG file, white = selected), strength, "
                    + "feather, seed. The response carries the session and round ids in " + SESSION_HEADER + " and "
                    + ROUND_HEADER + ".")
    @APIResponse(responseCode = "200", description = "The edited image")
    @APIResponse(responseCode = "422", description = "Not understood, unsupported, or the edit failed on this image")
    @APIResponse(responseCode = "504", description = "No result within the configured time; the round goes on")
    public Uni<Response> edit(@RestForm("image") FileUpload image, @RestForm("instruction") String instruction,
            @RestForm("mask") FileUpload mask, @RestForm("strength") Double strength,
            @RestForm("feather") Integer feather, @RestForm("seed") Long seed) {
        AppUser user = caller.user();
        EditRequest request = new EditRequest(instruction, null, null, strength, feather, seed);
        AtomicLong roundId = new AtomicLong();
        return Responses.blocking(() -> {
            if (instruction == null || instruction.isBlank()) {
                throw ApiException.badRequest("the multipart part 'instruction' is required");
            }
            byte[] bytes = Responses.read(image, "image", decoder::checkSize);
            byte[] maskBytes = mask == null ? null : Responses.read(mask, "mask", decoder::checkSize);
            String title = instruction.strip().length() > 80 ? instruction.strip().substring(0, 80) : instruction.strip();
            return new Prepared(edits.create(user, bytes, title), maskBytes);
        }).onItem().transformToUni(prepared -> finished(user, prepared.session(), request, prepared.mask(), roundId))
                .ifNoItem().after(timeout).failWith(() -> new ApiException(504, "edit_timeout",
                        "the edit did not finish within " + timeout.toSeconds() + " s; it goes on as round "
                                + roundId.get(), Map.of("roundId", roundId.get())))
                .onItem().transformToUni(round -> Responses.blocking(() -> respond(user, round)));
    }

    private record Prepared(SessionDetails session, byte[] mask) {}

    /** Queues the round and completes with its final event; listens before queueing so no event is missed. */
    private Uni<RoundEvent> finished(AppUser user, SessionDetails session, EditRequest request, byte[] mask,
            AtomicLong roundId) {
        return Uni.createFrom().emitter(emitter -> {
            Cancellable listening = events.forSession(session.id()).select().where(RoundEvent::isFinal).toUni()
                    .subscribe().with(emitter::complete, emitter::fail);
            emitter.onTermination(listening::cancel);
            Infrastructure.getDefaultWorkerPool().execute(() -> {
                try {
                    roundId.set(edits.submit(user, session.id(), request, mask).roundId());
                } catch (RuntimeException e) {
                    edits.delete(user, session.id()); // nothing was edited: leave no empty session behind
                    emitter.fail(e);
                }
            });
        });
    }

    private Response respond(AppUser user, RoundEvent event) {
        RoundInfo round = edits.round(user, event.roundId());
        if (!"succeeded".equals(round.status())) {
            String code = round.error() == null ? round.status() : round.error().code();
            String message = round.error() == null ? "the edit was " + round.status() : round.error().message();
            throw new ApiException("model_error".equals(code) ? 500 : 422, code, message,
                    Map.of("sessionId", round.sessionId(), "roundId", round.id()));
        }
        return Response.ok(edits.roundImage(user, round.id(), false).bytes(), "image/png")
                .header(SESSION_HEADER, round.sessionId())
                .header(ROUND_HEADER, round.id())
                .build();
    }
}
