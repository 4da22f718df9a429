package dev.editstudio.account.api;

import dev.editstudio.account.TeamService;
import dev.editstudio.account.TeamService.TeamDetails;
import dev.editstudio.account.TeamService.TeamSummary;
import dev.editstudio.base.security.CurrentCaller;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Teams: create, see members, invite, change roles, remove or leave, delete. Non-members get 404. */
@Path("/api/v1/teams")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "teams")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class TeamResource {

    private final TeamService teams;
    private final CurrentCaller caller;

    public TeamResource(TeamService teams, CurrentCaller caller) {
        this.teams = teams;
        this.caller = caller;
    }

    public record NewTeam(String name) {}

    public record Invitation(String username, String role) {}

    public record RoleChange(String role) {}

    @GET
    @Operation(summary = "The teams I belong to")
    public List<TeamSummary> mine() {
        return teams.teamsOf(caller.user());
    }

    @POST
    @Operation(summary = "Create a team; I become its owner")
    public Response create(NewTeam body) {
        TeamDetails team = teams.create(caller.user(), body == null ? null : body.name());
        return Response.created(URI.create("/api/v1/teams/" + team.id())).entity(team).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A team and its members")
    public TeamDetails get(@PathParam("id") long id) {
        return teams.get(caller.user(), id);
    }

    @PATCH
    @Path("{id}")
    @Operation(summary = "Rename a team (owners)")
    public TeamDetails rename(@PathParam("id") long id, NewTeam body) {
        return teams.rename(caller.user(), id, body == null ? null : body.name());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a team (owners); its sessions return to their creators")
    public Response delete(@PathParam("id") long id) {
        teams.delete(caller.user(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "Invite an existing user by username (owners); role owner or member")
    public TeamDetails invite(@PathParam("id") long id, Invitation body) {
        return teams.invite(caller.user(), id, body == null ? null : body.username(), body == null ? null : body.role());
    }

    @PUT
    @Path("{id}/members/{username}")
    @Operation(summary = "Change a member's role (owners); a team keeps at least one owner")
    public TeamDetails setRole(@PathParam("id") long id, @PathParam("username") String username, RoleChange body) {
        return teams.setRole(caller.user(), id, username, body == null ? null : body.role());
    }

    @DELETE
    @Path("{id}/members/{username}")
    @Operation(summary = "Remove a member (owners), or leave (yourself)")
    public Response remove(@PathParam("id") long id, @PathParam("username") String username) {
        teams.remove(caller.user(), id, username);
        return Response.noContent().build();
    }
}
