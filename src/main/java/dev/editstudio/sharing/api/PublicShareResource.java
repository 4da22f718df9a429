package dev.editstudio.sharing.api;

import dev.editstudio.edit.EditViews.ImageData;
import dev.editstudio.edit.EditViews.SessionDetails;
import dev.editstudio.sharing.SharingService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a public link shows, without login. Every bad token (malformed, unknown, revoked, expired) is a 404. */
@Path("/api/v1/shared/{token}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sharing")
public class PublicShareResource {

    private final SharingService sharing;

    public PublicShareResource(SharingService sharing) {
        this.sharing = sharing;
    }

    /** A shared round, with the URLs of its images under this link. */
    public record SharedRound(long id, Long parentRoundId, String instruction, Integer width, Integer height,
            OffsetDateTime finishedAt, String imageUrl, String thumbnailUrl) {}

    /** A shared session (or just one of its rounds). */
    public record SharedSession(String title, int width, int height, Long headRoundId, String imageUrl,
            String sourceUrl, List<SharedRound> rounds) {}

    @GET
    @Operation(summary = "The shared session or round, as JSON (no login)")
    public SharedSession get(@PathParam("token") String token) {
        SharingService.Shared shared = sharing.view(token);
        SessionDetails s = shared.session();
        String base = "/api/v1/shared/" + token + "/image";
        boolean oneRound = shared.grant().roundId() != null;
        return new SharedSession(s.title(), s.source().width(), s.source().height(), s.headRoundId(), base,
                oneRound ? null : base + "?round=0",
                s.rounds().stream().map(r -> new SharedRound(r.id(), r.parentRoundId(), r.instruction(), r.width(),
                        r.height(), r.finishedAt(), base + "?round=" + r.id(),
                        base + "?round=" + r.id() + "&thumbnail=true")).toList());
    }

    @GET
    @Path("image")
    @Produces({"image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp", MediaType.APPLICATION_JSON})
    @Operation(summary = "An image of the link: the one shown (no round), the source (round=0), or a round's")
    public Response image(@PathParam("token") String token, @QueryParam("round") Long round,
            @QueryParam("thumbnail") boolean thumbnail) {
        ImageData image = sharing.image(token, round, thumbnail);
        return Response.ok(image.bytes(), image.mediaType()).header("Cache-Control", "private, no-store").build();
    }
}
