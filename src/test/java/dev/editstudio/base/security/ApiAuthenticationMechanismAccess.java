package dev.editstudio.base.security;

import io.quarkus.security.identity.request.AuthenticationRequest;

/** Opens the package-private header parser to tests in other packages. */
public final class ApiAuthenticationMechanismAccess {
    private ApiAuthenticationMechanismAccess() {}

    public static AuthenticationRequest parse(String header) {
        return ApiAuthenticationMechanism.parse(header);
    }
}
