package dev.editstudio.account.api;

import dev.editstudio.account.AccountService;
import dev.editstudio.account.UserSummary;
import dev.editstudio.base.security.CurrentCaller;
import dev.editstudio.base.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/users")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class AdminUserResource {

    private final AccountService accounts;
    private final CurrentCaller caller;

    public AdminUserResource(AccountService accounts, CurrentCaller caller) {
        this.accounts = accounts;
        this.caller = caller;
    }

    public record CreateUserRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 128) String password,
            @NotNull @Pattern(regexp = "admin|user", message = "must be 'admin' or 'user'") String role,
            @Size(max = 128) String displayName) {}

    @POST
    @Operation(summary = "Create a user", description = "409 when the username is taken (case-insensitively).")
    public Response create(@NotNull @Valid CreateUserRequest request) {
        UserSummary user = accounts.create(request.username(), request.displayName(), request.password(),
                Role.fromDb(request.role()));
        return Response.created(URI.create("/api/v1/admin/users/" + user.username())).entity(user).build();
    }

    /** What an admin may change; absent fields stay as they are. */
    public record UpdateUserRequest(Boolean disabled,
            @Pattern(regexp = "admin|user", message = "must be 'admin' or 'user'") String role,
            @Size(max = 128) String password) {}

    @PATCH
    @Path("{username}")
    @Operation(summary = "Disable or enable a user, change the role, reset the password",
            description = "Disabling signs the user out everywhere and revokes their API tokens. Admins cannot disable "
                    + "or demote themselves (409).")
    public UserSummary update(@PathParam("username") String username, @NotNull @Valid UpdateUserRequest request) {
        return accounts.update(caller.user(), username, request.disabled(),
                request.role() == null ? null : Role.fromDb(request.role()), request.password());
    }

    @GET
    @Operation(summary = "List all users")
    public List<UserSummary> list() {
        return accounts.list();
    }
}
