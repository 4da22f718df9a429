package dev.editstudio.account;

import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.TooManyLoginAttemptsException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns API credentials into a {@link SecurityIdentity} whose principal is the {@link AppUser}. */
public final class ApiIdentityProviders {

    private ApiIdentityProviders() {}

    static SecurityIdentity identity(AppUser user) {
        return QuarkusSecurityIdentity.builder().setPrincipal(user).addRole(user.role().name().toLowerCase())
                .build();
    }

    /** HTTP Basic: the same check and the same throttling as the login page. */
    @ApplicationScoped
    public static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

        private final AccountService accounts;

        public Password(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> {
                LoginOutcome outcome = accounts.login(request.getUsername(),
                        new String(request.getPassword().getPassword()));
                return switch (outcome) {
                    case LoginOutcome.Success s -> identity(s.user());
                    case LoginOutcome.Locked l -> throw new TooManyLoginAttemptsException(l.until());
                    case LoginOutcome.Invalid i -> throw new AuthenticationFailedException();
                };
            });
        }
    }

    /** {@code Authorization: Bearer es_...}. */
    @ApplicationScoped
    public static class Token implements IdentityProvider<TokenAuthenticationRequest> {

        private final ApiTokenService tokens;

        public Token(ApiTokenService tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> tokens.authenticate(request.getToken().getToken())
                    .map(ApiIdentityProviders::identity)
                    .orElseThrow(AuthenticationFailedException::new));
        }
    }
}
