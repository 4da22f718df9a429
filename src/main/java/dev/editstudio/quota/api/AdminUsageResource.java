package dev.editstudio.quota.api;

import dev.editstudio.base.error.ApiException;
import dev.editstudio.quota.QuotaService;
import dev.editstudio.quota.QuotaService.UsageRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Usage, admins: everybody's, grouped by user, team or day. */
@Path("/api/v1/admin/usage")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "quota")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class AdminUsageResource {

    private final QuotaService quotas;

    public AdminUsageResource(QuotaService quotas) {
        this.quotas = quotas;
    }

    @GET
    @Operation(summary = "Usage between two days (inclusive), grouped by user, team or day")
    public List<UsageRow> report(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("groupBy") String groupBy) {
        LocalDate today = quotas.periods().today();
        return quotas.report(day(from, today.withDayOfMonth(1)), day(to, today), groupBy == null ? "day" : groupBy);
    }

    private static LocalDate day(String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + text + "' is not a day (YYYY-MM-DD)");
        }
    }
}
