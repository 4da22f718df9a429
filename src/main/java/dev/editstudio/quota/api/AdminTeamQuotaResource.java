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

/** A team's quota (admins); it applies to edits of sessions shared with the team, beside each user's own. */
@Path("/api/v1/admin/teams/{id}/quota")
@RolesAllowed("admin")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class AdminTeamQuotaResource {

    private final QuotaService quotas;
    private final CurrentCaller caller;

    public AdminTeamQuotaResource(QuotaService quotas, CurrentCaller caller) {
        this.quotas = quotas;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "A team's quota (unlimited when none was set)")
    public QuotaBody get(@PathParam("id") long id) {
        return QuotaBody.of(quotas.teamQuota(id));
    }

    @PUT
    @Operation(summary = "Set a team's quota; null fields are unlimited; negative: 400. Written to the audit log.")
    public QuotaBody put(@PathParam("id") long id, QuotaBody body) {
        return QuotaBody.of(quotas.setTeamQuota(caller.user(), id,
                QuotaBody.limitsOf(body)));
    }
}
