package dev.editstudio.account;

import dev.editstudio.base.security.AppUser;
import java.time.Instant;

/** What a login attempt came to. Unknown users, wrong passwords and disabled users look the same. */
public sealed interface LoginOutcome {

    record Success(AppUser user) implements LoginOutcome {}

    record Invalid() implements LoginOutcome {}

    record Locked(Instant until) implements LoginOutcome {}
}
