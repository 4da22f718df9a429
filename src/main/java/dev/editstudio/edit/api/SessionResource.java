package dev.editstudio.edit.api;

import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.CurrentCaller;
import dev.editstudio.edit.EditRequest;
import dev.editstudio.edit.EditService;
import dev.editstudio.edit.EditViews.SessionDetails;
import dev.editstudio.edit.EditViews.SessionSummary;
import dev.editstudio.edit.EditViews.Submitted;
import dev.editstudio.edit.RoundEvent;
import dev.editstudio.edit.RoundEvents;
import dev.editstudio.image.ImageDecoder;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Edit sessions: upload, list, open (with the round tree), rename, delete, edit, move the head, watch. */
@Path("/api/v1/sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sessions")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class SessionResource {

    private final EditService edits;
    private final RoundEvents events;
    private final ImageDecoder decoder;
    private final CurrentCaller caller;

    public SessionResource(EditService edits, RoundEvents events, ImageDecoder decoder, CurrentCaller caller) {
        this.edits = edits;
        this.events = events;
        this.decoder = decoder;
        this.caller = caller;
    }

    public record Rename(String title) {}

    public record Head(Long roundId) {}

    public record TeamShare(Long teamId) {}

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Start a session from an image (PNG, JPEG, WebP, GIF or BMP; at most 25 MB and 40 megapixels)")
    @APIResponse(responseCode = "201", description = "The session")
    @APIResponse(responseCode = "400", description = "A damaged or truncated image")
    @APIResponse(responseCode = "413", description = "Too many bytes or pixels")
    @APIResponse(responseCode = "415", description = "Not an image")
    public Uni<Response> create(@RestForm("image") FileUpload image, @RestForm("title") String title) {
        AppUser user = caller.user();
        return Responses.blocking(() -> {
            byte[] bytes = Responses.read(image, "image", decoder::checkSize);
            String name = title != null && !title.isBlank() ? title : EditService.titleFromFileName(image.fileName());
            SessionDetails session = edits.create(user, bytes, name);
            return Response.created(URI.create("/api/v1/sessions/" + session.id())).entity(session).build();
        });
    }

    @GET
    @Operation(summary = "My sessions and my teams' sessions, newest activity first",
            description = "q matches titles and instructions (case-insensitive)")
    public Uni<List<SessionSummary>> list(@QueryParam("q") String query,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        AppUser user = caller.user();
        return Responses.blocking(() -> edits.list(user, query, offset, limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A session with its round tree (each round names its parent; null = the source image)")
    public Uni<SessionDetails> get(@PathParam("id") long id) {
        AppUser user = caller.user();
        return Responses.blocking(() -> edits.get(user, id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a session")
    public Uni<SessionDetails> rename(@PathParam("id") long id, Rename body) {
        AppUser user = caller.user();
        return Responses.blocking(() -> edits.rename(user, id, body == null ? null : body.title()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a session, its rounds and the images nothing else uses")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("id") long id) {
        AppUser user = caller.user();
        return Responses.blocking(() -> {
            edits.delete(user, id);
            return Response.noContent().build();
        });
    }

    @POST
    @Path("{id}/edits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue an edit; it becomes the session's head")
    @APIResponse(responseCode = "202", description = "Queued: {roundId, status}")
    @APIResponse(responseCode = "400", description = "Bad parameters, a mask of the wrong size, a parent from another session")
    @APIResponse(responseCode = "422", description = "Not understood, needs a generative model, or cannot apply here; "
            + "details.interpretation says what the model read")
    public Uni<Response> edit(@PathParam("id") long id, EditRequest request) {
        AppUser user = caller.user();
        return Responses.blocking(() -> {
            Submitted submitted = edits.submit(user, id, request == null ? EditRequest.of(null) : request);
            return Response.accepted(submitted).location(URI.create("/api/v1/rounds/" + submitted.roundId())).build();
        });
    }

    @PUT
    @Path("{id}/head")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Undo, redo or jump: show another round (roundId null = the source image)")
    public Uni<SessionDetails> head(@PathParam("id") long id, Head body) {
        AppUser user = caller.user();
        return Responses.blocking(() -> edits.setHead(user, id, body == null ? null : body.roundId()));
    }

    @PUT
    @Path("{id}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Share with one of my teams ({teamId}), or make private again ({teamId: null})")
    public Uni<SessionDetails> team(@PathParam("id") long id, TeamShare body) {
        AppUser user = caller.user();
        return Responses.blocking(() -> edits.shareWithTeam(user, id, body == null ? null : body.teamId()));
    }

    @GET
    @Path("{id}/image")
    @Produces({"image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp", MediaType.APPLICATION_JSON})
    @Operation(summary = "The image shown now (the head's, or the newest before it while it runs)")
    public Uni<Response> image(@PathParam("id") long id, @QueryParam("thumbnail") boolean thumbnail,
            @HeaderParam("If-None-Match") String etag) {
        AppUser user = caller.user();
        return Responses.blocking(() -> Responses.image(edits.headImage(user, id, thumbnail), etag));
    }

    @GET
    @Path("{id}/source")
    @Produces({"image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp", MediaType.APPLICATION_JSON})
    @Operation(summary = "The uploaded image, as uploaded")
    public Uni<Response> source(@PathParam("id") long id, @QueryParam("thumbnail") boolean thumbnail,
            @HeaderParam("If-None-Match") String etag) {
        AppUser user = caller.user();
        return Responses.blocking(() -> Responses.image(edits.sourceImage(user, id, thumbnail), etag));
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: every status change and step of the session's rounds, from now on")
    @Blocking // the access check runs before the stream starts, so a stranger gets a plain 404, not a cut stream
    public Multi<RoundEvent> events(@PathParam("id") long id) {
        edits.get(caller.user(), id);
        return events.forSession(id);
    }
}
