package dev.editstudio.base.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The authenticated API caller of the current request. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public AppUser user() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof AppUser user)) {
            throw new UnauthorizedException();
        }
        return user;
    }
}
