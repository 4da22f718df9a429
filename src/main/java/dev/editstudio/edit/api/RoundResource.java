package dev.editstudio.edit.api;

import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.CurrentCaller;
import dev.editstudio.edit.EditService;
import dev.editstudio.edit.EditViews.RoundInfo;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One round: its state, its image, cancelling it. */
@Path("/api/v1/rounds/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class RoundResource {

    private final EditService edits;
    private final CurrentCaller caller;

    public RoundResource(EditService edits, CurrentCaller caller) {
        this.edits = edits;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "A round: instruction, program, parameters, status, timings, error")
    public Uni<RoundInfo> get(@PathParam("id") long id) {
        AppUser user = caller.user();
        return Responses.blocking(() -> edits.round(user, id));
    }

    @GET
    @Path("image")
    @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "The round's output (PNG), or its thumbnail (JPEG)")
    @APIResponse(responseCode = "409", description = "The round has no image (yet)")
    public Uni<Response> image(@PathParam("id") long id, @QueryParam("thumbnail") boolean thumbnail,
            @HeaderParam("If-None-Match") String etag) {
        AppUser user = caller.user();
        return Responses.blocking(() -> Responses.image(edits.roundImage(user, id, thumbnail), etag));
    }

    @POST
    @Path("cancel")
    @Operation(summary = "Cancel a queued or running round (and the rounds queued on top of it)")
    @APIResponse(responseCode = "409", description = "The round had already finished")
    public Uni<RoundInfo> cancel(@PathParam("id") long id) {
        AppUser user = caller.user();
        return Responses.blocking(() -> edits.cancel(user, id));
    }
}
