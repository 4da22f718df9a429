package dev.editstudio.account;

import dev.editstudio.account.domain.TeamMembership;
import dev.editstudio.account.domain.TeamMembershipRepository;
import dev.editstudio.account.domain.UserAccount;
import dev.editstudio.account.domain.UserRepository;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Answers the authorization service's questions about users and teams from the database. */
@ApplicationScoped
public class AccountDirectory implements UserDirectory {

    private final AccountService accounts;
    private final TeamMembershipRepository memberships;
    private final UserRepository users;

    public AccountDirectory(AccountService accounts, TeamMembershipRepository memberships, UserRepository users) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.users = users;
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

    @Override
    @Transactional
    public Map<Long, String> usernames(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return users.list("id in ?1", Set.copyOf(userIds)).stream()
                .collect(Collectors.toMap(u -> u.id, (UserAccount u) -> u.username));
    }

    @Override
    @Transactional
    public Optional<Long> userId(String username) {
        return username == null ? Optional.empty() : users.findByUsername(username.strip()).map(u -> u.id);
    }
}
