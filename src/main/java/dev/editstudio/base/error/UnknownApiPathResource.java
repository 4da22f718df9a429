package dev.editstudio.base.error;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;


/**
 * Paths under {@code /api/} that no resource serves answer 404 in the API's error shape instead of falling
 * through to the UI. Every real resource has a more specific path, so JAX-RS matching prefers it.
 */
@Path("/api/{path: .*}")
public class UnknownApiPathResource {

    @GET
    @Operation(hidden = true)
    public void get(@PathParam("path") String path) {
        throw notFound(path);
    }

    @POST
    @Operation(hidden = true)
    public void post(@PathParam("path") String path) {
        throw notFound(path);
    }

    @PUT
    @Operation(hidden = true)
    public void put(@PathParam("path") String path) {
        throw notFound(path);
    }

    @PATCH
    @Operation(hidden = true)
    public void patch(@PathParam("path") String path) {
        throw notFound(path);
    }

    @DELETE
    @Operation(hidden = true)
    public void delete(@PathParam("path") String path) {
        throw notFound(path);
    }

    private static ApiException notFound(String path) {
        return new ApiException(404, "not_found", "no such endpoint: /api/" + path);
    }
}
