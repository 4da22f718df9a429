package dev.editstudio.sharing.api;

import dev.editstudio.base.security.CurrentCaller;
import dev.editstudio.sharing.SharingService;
import dev.editstudio.sharing.SharingService.CreatedLink;
import dev.editstudio.sharing.SharingService.LinkInfo;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Creating and listing a session's public links (the session's owner and its team's owners). */
@Path("/api/v1/sessions/{id}")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sharing")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class ShareResource {

    private final SharingService sharing;
    private final CurrentCaller caller;

    public ShareResource(SharingService sharing, CurrentCaller caller) {
        this.sharing = sharing;
        this.caller = caller;
    }

    /** What to share: the whole session, or one round; optionally until when. */
    public record NewLink(Long roundId, OffsetDateTime expiresAt) {}

    @POST
    @Path("share")
    @Operation(summary = "Create a public read-only link to the session or one round; the token is shown once")
    public Response create(@PathParam("id") long sessionId, NewLink body) {
        CreatedLink link = sharing.create(caller.user(), sessionId, body == null ? null : body.roundId(),
                body == null ? null : body.expiresAt());
        return Response.status(201).entity(link).build();
    }

    @GET
    @Path("shares")
    @Operation(summary = "The session's links (without their tokens)")
    public List<LinkInfo> list(@PathParam("id") long sessionId) {
        return sharing.list(caller.user(), sessionId);
    }

}
