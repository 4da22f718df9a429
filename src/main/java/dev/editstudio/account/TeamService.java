package dev.editstudio.account;

import dev.editstudio.account.domain.Team;
import dev.editstudio.account.domain.TeamMembership;
import dev.editstudio.account.domain.TeamMembership.TeamRole;
import dev.editstudio.account.domain.TeamMembershipRepository;
import dev.editstudio.account.domain.TeamRepository;
import dev.editstudio.account.domain.UserAccount;
import dev.editstudio.account.domain.UserRepository;
import dev.editstudio.base.error.ApiException;
import dev.editstudio.base.security.AccessPolicy;
import dev.editstudio.base.security.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Teams and their members. Members see the team; owners invite, remove, change roles and delete it. A team always
 * keeps at least one owner. Deleting a team returns its shared sessions to their creators (the database sets their
 * team to null).
 */
@ApplicationScoped
public class TeamService {

    static final int MAX_NAME = 100;

    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;
    private final UserRepository users;
    private final AccessPolicy access;

    public TeamService(TeamRepository teams, TeamMembershipRepository memberships, UserRepository users,
            AccessPolicy access) {
        this.teams = teams;
        this.memberships = memberships;
        this.users = users;
        this.access = access;
    }

    /** A team as seen by one of its members. */
    public record TeamSummary(long id, String name, String role, long members) {}

    /** One member of a team. */
    public record Member(long userId, String username, String displayName, String role, OffsetDateTime joinedAt) {}

    /** A team with its members. */
    public record TeamDetails(long id, String name, String myRole, List<Member> members) {}

    @Transactional
    public List<TeamSummary> teamsOf(AppUser user) {
        return memberships.forUser(user.id()).stream()
                .map(m -> new TeamSummary(m.id.teamId(), teams.findById(m.id.teamId()).name, m.role,
                        memberships.count("id.teamId", m.id.teamId())))
                .sorted(Comparator.comparing(TeamSummary::name))
                .toList();
    }

    /** A new team with its creator as owner. */
    @Transactional
    public TeamDetails create(AppUser user, String name) {
        Team team = new Team();
        team.name = validName(name);
        teams.persistAndFlush(team);
        addMembership(team.id, user.id(), TeamRole.OWNER);
        return details(user, team.id);
    }

    @Transactional
    public TeamDetails get(AppUser user, long teamId) {
        readable(user, teamId);
        return details(user, teamId);
    }

    @Transactional
    public TeamDetails rename(AppUser user, long teamId, String name) {
        Team team = manageable(user, teamId);
        team.name = validName(name);
        return details(user, teamId);
    }

    /** Adds an existing user by username; an unknown username is a clear 404 {@code user_not_found}. */
    @Transactional
    public TeamDetails invite(AppUser user, long teamId, String username, String role) {
        manageable(user, teamId);
        TeamRole teamRole = role(role == null ? "member" : role);
        UserAccount invitee = userNamed(username);
        if (memberships.findByIdOptional(new TeamMembership.Key(teamId, invitee.id)).isPresent()) {
            throw ApiException.conflict("already_member", invitee.username + " is already in this team");
        }
        addMembership(teamId, invitee.id, teamRole);
        return details(user, teamId);
    }

    @Transactional
    public TeamDetails setRole(AppUser user, long teamId, String username, String role) {
        manageable(user, teamId);
        TeamMembership membership = membershipOf(teamId, userNamed(username));
        TeamRole next = role(role);
        if (membership.teamRole() == TeamRole.OWNER && next != TeamRole.OWNER) {
            requireAnotherOwner(teamId, membership.id.userId());
        }
        membership.role = next.name().toLowerCase(Locale.ROOT);
        return details(user, teamId);
    }

    /** Removes a member (owners), or leaves (anyone, themself). Access through the team ends at once. */
    @Transactional
    public void remove(AppUser user, long teamId, String username) {
        readable(user, teamId);
        UserAccount member = userNamed(username);
        boolean self = member.id == user.id();
        if (!self) {
            manageable(user, teamId);
        }
        TeamMembership membership = membershipOf(teamId, member);
        if (membership.teamRole() == TeamRole.OWNER) {
            requireAnotherOwner(teamId, member.id);
        }
        memberships.delete(membership);
    }

    /** Deletes the team; its sessions go back to being private to their creators. */
    @Transactional
    public void delete(AppUser user, long teamId) {
        Team team = manageable(user, teamId);
        memberships.delete("id.teamId", teamId);
        teams.delete(team);
    }

    private TeamDetails details(AppUser user, long teamId) {
        Team team = teams.findById(teamId);
        List<TeamMembership> all = memberships.list("id.teamId", teamId);
        Map<Long, UserAccount> accounts = users.list("id in ?1", all.stream().map(m -> m.id.userId()).toList())
                .stream().collect(java.util.stream.Collectors.toMap(u -> u.id, u -> u));
        List<Member> members = all.stream().map(m -> {
            UserAccount a = accounts.get(m.id.userId());
            return new Member(a.id, a.username, a.displayName, m.role, m.joinedAt);
        }).sorted(Comparator.comparing(Member::role).reversed().thenComparing(Member::username)).toList();
        String mine = all.stream().filter(m -> m.id.userId() == user.id()).map(m -> m.role).findFirst().orElse(null);
        return new TeamDetails(team.id, team.name, mine, members);
    }

    private Team readable(AppUser user, long teamId) {
        return teams.findByIdOptional(teamId).filter(t -> access.canReadTeam(user, teamId))
                .orElseThrow(() -> ApiException.notFound("team"));
    }

    private Team manageable(AppUser user, long teamId) {
        Team team = readable(user, teamId);
        if (!access.canManageTeam(user, teamId)) {
            throw new ApiException(403, "forbidden", "only the team's owners may do this");
        }
        return team;
    }

    private void requireAnotherOwner(long teamId, long leavingOwner) {
        long owners = memberships.count("id.teamId = ?1 and role = 'owner' and id.userId <> ?2", teamId, leavingOwner);
        if (owners == 0) {
            throw ApiException.conflict("last_owner", "a team needs an owner: make someone else owner first, "
                    + "or delete the team");
        }
    }

    private TeamMembership membershipOf(long teamId, UserAccount user) {
        return memberships.findByIdOptional(new TeamMembership.Key(teamId, user.id))
                .orElseThrow(() -> new ApiException(404, "not_member", user.username + " is not in this team"));
    }

    private UserAccount userNamed(String username) {
        if (username == null || username.isBlank()) {
            throw ApiException.badRequest("username is required");
        }
        return users.findByUsername(username.strip())
                .orElseThrow(() -> new ApiException(404, "user_not_found", "there is no user named '"
                        + username.strip() + "'; they need an account first (an admin creates it)"));
    }

    private void addMembership(long teamId, long userId, TeamRole role) {
        TeamMembership m = new TeamMembership();
        m.id = new TeamMembership.Key(teamId, userId);
        m.role = role.name().toLowerCase(Locale.ROOT);
        memberships.persistAndFlush(m);
    }

    private static TeamRole role(String role) {
        try {
            return TeamRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw ApiException.badRequest("role must be 'owner' or 'member'");
        }
    }

    private static String validName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw ApiException.badRequest("a team name has 1.." + MAX_NAME + " characters");
        }
        return name.strip();
    }
}
