package dev.editstudio.base.security;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one place that answers "may this user do that to this thing". Views, REST resources and image
 * downloads all ask here, so the UI and the API can never disagree. Anything not explicitly allowed is
 * denied; callers turn a denial on an object into 404 so that existence is never revealed.
 */
@ApplicationScoped
public class AccessPolicy {

    private final UserDirectory directory;

    public AccessPolicy(UserDirectory directory) {
        this.directory = directory;
    }

    /** Something owned by a user and optionally shared with one team (a session, say). */
    public interface Owned {
        long ownerId();

        Optional<Long> teamId();
    }

    /**
     * Whether a (possibly anonymous) user may open a view class, by its annotations: {@link AnonymousAllowed}
     * for everyone, {@link PermitAll} for any logged-in user, {@link ViewRoles} for those roles; no
     * annotation or {@link DenyAll} for nobody.
     */
    public boolean canView(Optional<AppUser> user, Class<?> view) {
        if (view.isAnnotationPresent(DenyAll.class)) {
            return false;
        }
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return true;
        }
        if (user.isEmpty()) {
            return false;
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        ViewRoles roles = view.getAnnotation(ViewRoles.class);
        return roles != null && Arrays.stream(roles.value()).anyMatch(r -> hasRole(user.get(), r));
    }

    public boolean hasRole(AppUser user, String role) {
        return user.role().name().equalsIgnoreCase(role);
    }

    /** The user still exists, is enabled, and was not signed out everywhere since this login. */
    public Optional<AppUser> revalidate(AppUser user) {
        return directory.current(user);
    }

    public boolean canRead(AppUser user, Owned thing) {
        return user.isAdmin() || isOwner(user, thing) || isTeamMember(user, thing);
    }

    /** Adding rounds to a session: its owner and the members of the team it is shared with. */
    public boolean canEdit(AppUser user, Owned thing) {
        return isOwner(user, thing) || isTeamMember(user, thing);
    }

    /** Deleting, renaming, changing sharing: the owner, or an owner of the team it is shared with. */
    public boolean canManage(AppUser user, Owned thing) {
        return isOwner(user, thing)
                || thing.teamId().map(team -> directory.isTeamOwner(user.id(), team)).orElse(false);
    }

    /** Seeing a team and its members: its members, and admins. */
    public boolean canReadTeam(AppUser user, long teamId) {
        return user.isAdmin() || directory.teamIds(user.id()).contains(teamId);
    }

    /** Inviting, removing, changing roles, deleting the team: its owners. */
    public boolean canManageTeam(AppUser user, long teamId) {
        return directory.isTeamOwner(user.id(), teamId);
    }

    /** Sharing something with a team: its manager, when they belong to that team. */
    public boolean canShareWithTeam(AppUser user, Owned thing, long teamId) {
        return canManage(user, thing) && directory.teamIds(user.id()).contains(teamId);
    }

    /**
     * What a public link grants: reading its session (when it names no round) or that one round. The link itself
     * (token, expiry, revocation) is checked by the sharing feature before it asks here.
     */
    public boolean linkCovers(long linkSessionId, Long linkRoundId, long sessionId, Long roundId) {
        return linkSessionId == sessionId && (linkRoundId == null || linkRoundId.equals(roundId));
    }

    public boolean canAdminister(AppUser user) {
        return user.isAdmin();
    }

    private static boolean isOwner(AppUser user, Owned thing) {
        return thing.ownerId() == user.id();
    }

    private boolean isTeamMember(AppUser user, Owned thing) {
        return thing.teamId().map(team -> directory.teamIds(user.id()).contains(team)).orElse(false);
    }
}
