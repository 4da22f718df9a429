package dev.editstudio.quota.api;

import dev.editstudio.base.security.CurrentCaller;
import dev.editstudio.quota.QuotaService;
import dev.editstudio.quota.QuotaService.Usage;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where I stand against my quota. */
@Path("/api/v1/me/usage")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "quota")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class MeUsageResource {

    private final QuotaService quotas;
    private final CurrentCaller caller;

    public MeUsageResource(QuotaService quotas, CurrentCaller caller) {
        this.quotas = quotas;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "My usage today and this month, my limits, and when they reset")
    public Usage mine() {
        return quotas.userUsage(caller.user().id());
    }
}
