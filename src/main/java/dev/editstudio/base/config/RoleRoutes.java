package dev.editstudio.base.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.editstudio.base.error.ApiError;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A {@code worker} instance serves no UI and no API: every path but {@code /q/*} (health, metrics) answers 404 in
 * the API's error shape, before Vaadin or the REST layer see the request.
 */
@ApplicationScoped
public class RoleRoutes {

    private static final String PREFIX = "/q/";

    void register(@Observes Filters filters, EditStudioConfig config, ObjectMapper json) throws JsonProcessingException {
        if (config.role().servesUsers()) {
            return;
        }
        String body = json.writeValueAsString(new ApiError("not_found",
                "This is an EditStudio worker (EDITSTUDIO_ROLE=worker): it runs edits and serves only /q/ health and "
                        + "metrics; the UI and the API are on the web instances"));
        filters.register(rc -> {
            if (rc.normalizedPath().startsWith(PREFIX)) {
                rc.next();
            } else {
                rc.response().setStatusCode(404).putHeader("Content-Type", "application/json").end(body);
            }
        }, 10_000);
    }
}
