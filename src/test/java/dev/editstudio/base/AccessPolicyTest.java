package dev.editstudio.base;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.editstudio.base.security.AccessPolicy;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.Role;
import dev.editstudio.base.security.UserDirectory;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    static final AppUser OWNER = new AppUser(1, "owner", "Owner", Role.USER, 0);
    static final AppUser MEMBER = new AppUser(2, "member", "Member", Role.USER, 0);
    static final AppUser TEAM_OWNER = new AppUser(3, "lead", "Lead", Role.USER, 0);
    static final AppUser OUTSIDER = new AppUser(4, "outsider", "Outsider", Role.USER, 0);
    static final AppUser ADMIN = new AppUser(5, "admin", "Admin", Role.ADMIN, 0);
    static final long TEAM = 10;

    /** A directory over fixed facts: team 10 has member 2 and owner 3. */
    static final UserDirectory DIRECTORY = new UserDirectory() {
        final Map<Long, Set<Long>> teams = Map.of(2L, Set.of(TEAM), 3L, Set.of(TEAM));

        @Override
        public Optional<AppUser> current(AppUser user) {
            return Optional.of(user);
        }

        @Override
        public Set<Long> teamIds(long userId) {
            return teams.getOrDefault(userId, Set.of());
        }

        @Override
        public boolean isTeamOwner(long userId, long teamId) {
            return userId == 3 && teamId == TEAM;
        }

        @Override
        public Map<Long, String> usernames(java.util.Collection<Long> userIds) {
            return Map.of();
        }

        @Override
        public Optional<Long> userId(String username) {
            return Optional.empty();
        }
    };

    final AccessPolicy policy = new AccessPolicy(DIRECTORY);

    record Thing(long ownerId, Optional<Long> teamId) implements AccessPolicy.Owned {}

    @AnonymousAllowed static class PublicView {}
    @PermitAll static class UserView {}
    @dev.editstudio.base.security.ViewRoles("admin") static class AdminOnlyView {}
    @DenyAll static class ClosedView {}
    static class UnannotatedView {}

    @Test
    void viewsFollowTheirAnnotationsAndDenyByDefault() {
        Optional<AppUser> anonymous = Optional.empty();
        assertTrue(policy.canView(anonymous, PublicView.class));
        assertFalse(policy.canView(anonymous, UserView.class));
        assertTrue(policy.canView(Optional.of(OWNER), UserView.class));
        assertFalse(policy.canView(Optional.of(OWNER), AdminOnlyView.class));
        assertTrue(policy.canView(Optional.of(ADMIN), AdminOnlyView.class));
        assertFalse(policy.canView(Optional.of(ADMIN), ClosedView.class));
        assertFalse(policy.canView(Optional.of(ADMIN), UnannotatedView.class));
    }

    @Test
    void teamSharedThingsFollowMembership() {
        Thing shared = new Thing(OWNER.id(), Optional.of(TEAM));
        assertTrue(policy.canEdit(OWNER, shared));
        assertTrue(policy.canEdit(MEMBER, shared));
        assertFalse(policy.canManage(MEMBER, shared));
        assertTrue(policy.canManage(TEAM_OWNER, shared));
        assertFalse(policy.canRead(OUTSIDER, shared));
        assertTrue(policy.canRead(ADMIN, shared));
        assertFalse(policy.canEdit(ADMIN, shared));
    }

    @Test
    void privateThingsAreTheOwnersAlone() {
        Thing mine = new Thing(OWNER.id(), Optional.empty());
        assertTrue(policy.canManage(OWNER, mine));
        assertFalse(policy.canRead(MEMBER, mine));
        assertFalse(policy.canManage(TEAM_OWNER, mine));
    }
}
