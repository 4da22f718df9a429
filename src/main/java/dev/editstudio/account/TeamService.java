package dev.editstudio.account;

import dev.editstudio.account.domain.TeamMembershipRepository;
import dev.editstudio.account.domain.TeamRepository;
import dev.editstudio.base.security.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Teams and their members. */
@ApplicationScoped
public class TeamService {

    private final TeamRepository teams;
    private final TeamMembershipRepository memberships;

    public TeamService(TeamRepository teams, TeamMembershipRepository memberships) {
        this.teams = teams;
        this.memberships = memberships;
    }

    /** A team as seen by one of its members. */
    public record TeamSummary(long id, String name, String role, long members) {}

    @Transactional
    public List<TeamSummary> teamsOf(AppUser user) {
        return memberships.forUser(user.id()).stream()
                .map(m -> new TeamSummary(m.id.teamId(), teams.findById(m.id.teamId()).name, m.role,
                        memberships.count("id.teamId", m.id.teamId())))
                .sorted(java.util.Comparator.comparing(TeamSummary::name))
                .toList();
    }
}
