package dev.editstudio.account;

import dev.editstudio.account.domain.ApiToken;
import dev.editstudio.account.domain.ApiTokenRepository;
import dev.editstudio.account.domain.UserRepository;
import dev.editstudio.base.error.ApiException;
import dev.editstudio.base.security.ApiAuthenticationMechanism;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Personal API tokens: created by a user for themself, shown once, stored as SHA-256, revocable. */
@ApplicationScoped
public class ApiTokenService {

    static final int MAX_TOKENS_PER_USER = 50;
    private static final int TOKEN_MAX_LENGTH = 200;

    private final ApiTokenRepository tokens;
    private final UserRepository users;

    public ApiTokenService(ApiTokenRepository tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** A token as listed: never the secret. */
    public record TokenInfo(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt) {
        static TokenInfo of(ApiToken t) {
            return new TokenInfo(t.id, t.name, t.prefix, t.createdAt, t.lastUsedAt, t.revokedAt);
        }
    }

    /** A token just created: the only time {@code token} is ever available. */
    public record CreatedToken(long id, String name, String prefix, String token) {}

    @Transactional
    public CreatedToken create(AppUser owner, String name) {
        String label = name == null || name.isBlank() ? "API token" : name.strip();
        if (label.length() > 100) {
            throw ApiException.badRequest("name must be at most 100 characters");
        }
        if (tokens.count("userId = ?1 and revokedAt is null", owner.id()) >= MAX_TOKENS_PER_USER) {
            throw ApiException.conflict("too_many_tokens", "revoke a token first: at most " + MAX_TOKENS_PER_USER);
        }
        String secret = ApiAuthenticationMechanism.TOKEN_PREFIX + Secrets.randomToken(32);
        ApiToken token = new ApiToken();
        token.userId = owner.id();
        token.name = label;
        token.tokenHash = Secrets.sha256(secret);
        token.prefix = secret.substring(0, 10);
        tokens.persistAndFlush(token);
        return new CreatedToken(token.id, token.name, token.prefix, secret);
    }

    @Transactional
    public List<TokenInfo> list(AppUser owner) {
        return tokens.forUser(owner.id()).stream().map(TokenInfo::of).toList();
    }

    /** Revokes one of the owner's tokens; anyone else's token id answers 404. */
    @Transactional
    public void revoke(AppUser owner, long id) {
        ApiToken token = tokens.findByIdOptional(id).filter(t -> t.userId == owner.id())
                .orElseThrow(() -> ApiException.notFound("token"));
        if (token.revokedAt == null) {
            token.revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
    }

    /** Revokes every token of a user (when the user is disabled). */
    @Transactional
    public int revokeAll(long userId) {
        return tokens.update("revokedAt = ?1 where userId = ?2 and revokedAt is null",
                OffsetDateTime.now(ZoneOffset.UTC), userId);
    }

    /** The enabled user a presented token belongs to. */
    @Transactional
    public Optional<AppUser> authenticate(String presented) {
        if (presented == null || presented.length() > TOKEN_MAX_LENGTH
                || !presented.startsWith(ApiAuthenticationMechanism.TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return tokens.findActiveByHash(Secrets.sha256(presented)).flatMap(token -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minusMinutes(1))) {
                token.lastUsedAt = now; // coarse, so a busy client does not write on every call
            }
            return users.findByIdOptional(token.userId).filter(u -> !u.disabled).map(AccountService::toAppUser);
        });
    }
}
