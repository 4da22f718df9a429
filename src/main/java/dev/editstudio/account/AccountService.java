package dev.editstudio.account;

import dev.editstudio.account.domain.LoginFailureRepository;
import dev.editstudio.account.domain.UserAccount;
import dev.editstudio.account.domain.UserRepository;
import dev.editstudio.base.config.EditStudioConfig;
import dev.editstudio.base.error.ApiException;
import dev.editstudio.base.security.AppUser;
import dev.editstudio.base.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Users: creation, login with per-username throttling, and lookups. */
@ApplicationScoped
public class AccountService {

    /** Letters, digits and {@code . _ -}; starts with a letter or digit. */
    static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{1,63}");
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 128;

    private final UserRepository users;
    private final LoginFailureRepository failures;
    private final PasswordHasher hasher;
    private final EditStudioConfig config;
    private final ApiTokenService tokens;

    public AccountService(UserRepository users, LoginFailureRepository failures, PasswordHasher hasher,
            EditStudioConfig config, ApiTokenService tokens) {
        this.users = users;
        this.failures = failures;
        this.hasher = hasher;
        this.config = config;
        this.tokens = tokens;
    }

    /**
     * Checks a username and password. After {@code max-failures} failures within the window the username is
     * locked for the window's length, counted from the last failure; attempts while locked are not checked.
     */
    @Transactional
    public LoginOutcome login(String username, String password) {
        if (username == null || password == null || username.isBlank() || username.length() > 64
                || password.length() > MAX_PASSWORD) {
            return new LoginOutcome.Invalid();
        }
        String key = username.trim().toLowerCase(Locale.ROOT);
        Optional<Instant> lockedUntil = lockedUntil(key);
        if (lockedUntil.isPresent()) {
            return new LoginOutcome.Locked(lockedUntil.get());
        }
        Optional<UserAccount> user = users.findByUsername(username.trim());
        if (user.isEmpty()) {
            hasher.matchDummy(password);
        } else if (!user.get().disabled && hasher.matches(password, user.get().passwordHash)) {
            failures.clear(key);
            return new LoginOutcome.Success(toAppUser(user.get()));
        }
        failures.record(key);
        return lockedUntil(key).<LoginOutcome>map(LoginOutcome.Locked::new).orElse(new LoginOutcome.Invalid());
    }

    private Optional<Instant> lockedUntil(String key) {
        int max = config.login().maxFailures();
        var window = config.login().window();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<OffsetDateTime> recent = failures.recent(key, now.minus(window.multipliedBy(2)), max);
        if (recent.size() < max) {
            return Optional.empty();
        }
        OffsetDateTime newest = recent.getFirst();
        OffsetDateTime oldestOfBurst = recent.getLast();
        boolean burst = !oldestOfBurst.isBefore(newest.minus(window));
        OffsetDateTime until = newest.plus(window);
        return burst && now.isBefore(until) ? Optional.of(until.toInstant()) : Optional.empty();
    }

    @Transactional
    public UserSummary create(String username, String displayName, String password, Role role) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ApiException.badRequest(
                    "username must be 2-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        validatePassword(password);
        if (users.findByUsername(username).isPresent()) {
            throw ApiException.conflict("username_taken", "the username '" + username + "' is already taken");
        }
        UserAccount user = new UserAccount();
        user.username = username;
        user.displayName = displayName == null || displayName.isBlank() ? username : displayName.strip();
        user.passwordHash = hasher.hash(password);
        user.role = role;
        users.persistAndFlush(user);
        users.getEntityManager().refresh(user);
        return UserSummary.of(user);
    }

    static void validatePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw ApiException.badRequest("password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters");
        }
    }

    /**
     * What an admin may change about a user: disable or enable (disabling signs them out everywhere and revokes
     * their API tokens), the role, the password (a reset also signs them out everywhere). Admins cannot disable or
     * demote themselves, so there is always someone left to undo a mistake.
     */
    @Transactional
    public UserSummary update(AppUser admin, String username, Boolean disabled, Role role, String password) {
        UserAccount user = users.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> ApiException.notFound("user"));
        boolean self = user.id == admin.id();
        if (self && (Boolean.TRUE.equals(disabled) || (role != null && role != Role.ADMIN))) {
            throw ApiException.conflict("cannot_demote_self", "you cannot disable yourself or take away your own "
                    + "admin role; ask another admin");
        }
        if (password != null) {
            validatePassword(password);
            user.passwordHash = hasher.hash(password);
            user.credentialsVersion++;
        }
        if (disabled != null && disabled != user.disabled) {
            user.disabled = disabled;
            if (disabled) {
                user.credentialsVersion++;
                tokens.revokeAll(user.id);
            }
        }
        if (role != null) {
            user.role = role;
        }
        return UserSummary.of(user);
    }

    @Transactional
    public List<UserSummary> list() {
        return users.listAll(io.quarkus.panache.common.Sort.by("username")).stream().map(UserSummary::of).toList();
    }

    @Transactional
    public long count() {
        return users.count();
    }

    /** The user as stored now, if still enabled and not signed out everywhere since {@code user} was issued. */
    @Transactional
    public Optional<AppUser> current(AppUser user) {
        return users.findByIdOptional(user.id())
                .filter(u -> !u.disabled && u.credentialsVersion == user.credentialsVersion())
                .map(AccountService::toAppUser);
    }

    @Transactional
    public Optional<AppUser> findEnabled(long id) {
        return users.findByIdOptional(id).filter(u -> !u.disabled).map(AccountService::toAppUser);
    }

    @Transactional
    public int purgeLoginFailures() {
        return failures.purgeOlderThan(OffsetDateTime.now(ZoneOffset.UTC).minus(config.login().window().multipliedBy(4)));
    }

    static AppUser toAppUser(UserAccount u) {
        return new AppUser(u.id, u.username, u.displayName, u.role, u.credentialsVersion);
    }
}
