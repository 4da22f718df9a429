package dev.editstudio.account.api;

import dev.editstudio.account.ApiTokenService;
import dev.editstudio.account.ApiTokenService.CreatedToken;
import dev.editstudio.account.ApiTokenService.TokenInfo;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class MeResource {

    private final CurrentCaller caller;
    private final ApiTokenService tokens;

    public MeResource(CurrentCaller caller, ApiTokenService tokens) {
        this.caller = caller;
        this.tokens = tokens;
    }

    public record Me(long id, String username, String displayName, String role) {}

    public record CreateTokenRequest(@Size(max = 100) String name) {}

    @GET
    @Operation(summary = "The authenticated user")
    public Me me() {
        AppUser user = caller.user();
        return new Me(user.id(), user.username(), user.displayName(), user.role().dbValue());
    }

    @GET
    @Path("/tokens")
    @Operation(summary = "My API tokens (never the secrets)")
    public List<TokenInfo> listTokens() {
        return tokens.list(caller.user());
    }

    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API token", description = "The token is in this response only; it is stored hashed.")
    public Response createToken(@Valid CreateTokenRequest request) {
        CreatedToken created = tokens.create(caller.user(), request == null ? null : request.name());
        return Response.status(201).entity(created).build();
    }

    @DELETE
    @Path("/tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens")
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revoke(caller.user(), id);
        return Response.noContent().build();
    }
}
