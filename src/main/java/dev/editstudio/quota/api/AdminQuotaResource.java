package dev.editstudio.quota.api;

import dev.editstudio.base.security.CurrentCaller;
import dev.editstudio.quota.QuotaService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A user's quota (admins). Users without one get the configured default. */
@Path("/api/v1/admin/users/{username}/quota")
@RolesAllowed("admin")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class AdminQuotaResource {

    private final QuotaService quotas;
    private final CurrentCaller caller;

    public AdminQuotaResource(QuotaService quotas, CurrentCaller caller) {
        this.quotas = quotas;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "A user's quota (their own, or the default)")
    public QuotaBody get(@PathParam("username") String username) {
        return QuotaBody.of(quotas.userQuota(username));
    }

    @PUT
    @Operation(summary = "Set a user's quota; null fields are unlimited; negative: 400. Written to the audit log.")
    public QuotaBody put(@PathParam("username") String username, QuotaBody body) {
        return QuotaBody.of(quotas.setUserQuota(caller.user(), username,
                QuotaBody.limitsOf(body)));
    }
}
