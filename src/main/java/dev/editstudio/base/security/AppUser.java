package dev.editstudio.base.security;

import java.io.Serializable;
import java.security.Principal;

/**
 * The authenticated user as every layer sees it: REST (as the {@code SecurityIdentity} principal) and the UI
 * (kept in the Vaadin session). Immutable; {@code credentialsVersion} lets a disabled user or a changed
 * password invalidate what was issued before.
 */
public record AppUser(long id, String username, String displayName, Role role, int credentialsVersion)
        implements Principal, Serializable {

    @Override
    public String getName() {
        return username;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
