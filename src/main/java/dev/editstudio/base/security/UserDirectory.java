package dev.editstudio.base.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the authorization service (and the features, for display) need to know about users and teams, answered by
 * the account feature.
 * Keeps {@code base} free of any dependency on feature packages.
 */
public interface UserDirectory {

    /** The user as currently stored, if it exists, is enabled and its credentials were not reset since. */
    Optional<AppUser> current(AppUser user);

    /** Ids of the teams the user belongs to. */
    Set<Long> teamIds(long userId);

    /** Whether the user is an owner of that team. */
    boolean isTeamOwner(long userId, long teamId);

    /** Usernames by user id, for showing who made what. */
    Map<Long, String> usernames(Collection<Long> userIds);

    /** The id of the user with this username (case-insensitive). */
    Optional<Long> userId(String username);
}
