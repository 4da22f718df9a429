package dev.editstudio.sharing.api;

import dev.editstudio.base.security.CurrentCaller;
import dev.editstudio.sharing.SharingService;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Revoking a public link. */
@Path("/api/v1/shares/{id}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sharing")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class ShareLinkResource {

    private final SharingService sharing;
    private final CurrentCaller caller;

    public ShareLinkResource(SharingService sharing, CurrentCaller caller) {
        this.sharing = sharing;
        this.caller = caller;
    }

    @DELETE
    @Operation(summary = "Revoke a link; it answers 404 from now on")
    public Response revoke(@PathParam("id") long id) {
        sharing.revoke(caller.user(), id);
        return Response.noContent().build();
    }
}
