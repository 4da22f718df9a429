package dev.editstudio.account;

import dev.editstudio.account.domain.TeamMembership;
import dev.editstudio.account.domain.TeamMembershipRepository;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Answers the authorization service's questions about users and teams from the database. */
@ApplicationScoped
public class AccountDirectory implements UserDirectory {

    private final AccountService accounts;
    private final TeamMembershipRepository memberships;

    public AccountDirectory(AccountService accounts, TeamMembershipRepository memberships) {
        this.accounts = accounts;
        this.memberships = memberships;
    }

    @Override
    public Optional<AppUser> current(AppUser user) {
        return accounts.current(user);
    }

    @Override
    @Transactional
    public Set<Long> teamIds(long userId) {
        return memberships.forUser(userId).stream().map(m -> m.id.teamId()).collect(Collectors.toSet());
    }

    @Override
    @Transactional
    public boolean isTeamOwner(long userId, long teamId) {
        return memberships.findByIdOptional(new TeamMembership.Key(teamId, userId))
                .map(m -> m.teamRole() == TeamMembership.TeamRole.OWNER).orElse(false);
    }
}
