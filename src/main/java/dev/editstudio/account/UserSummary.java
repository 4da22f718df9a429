package dev.editstudio.account;

import dev.editstudio.account.domain.UserAccount;
import java.time.OffsetDateTime;

/** A user as the API and the views show it (never the password hash). */
public record UserSummary(long id, String username, String displayName, String role, boolean disabled,
        OffsetDateTime createdAt) {

    static UserSummary of(UserAccount u) {
        return new UserSummary(u.id, u.username, u.displayName, u.role.dbValue(), u.disabled, u.createdAt);
    }
}
