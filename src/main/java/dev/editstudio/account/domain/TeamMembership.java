package dev.editstudio.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

@Entity
@Table(name = "team_membership")
public class TeamMembership {

    /** Role of a user inside one team. */
    public enum TeamRole { OWNER, MEMBER }

    @Embeddable
    public record Key(@Column(name = "team_id") Long teamId, @Column(name = "user_id") Long userId)
            implements Serializable {}

    @EmbeddedId
    public Key id;

    @Column(nullable = false, length = 16)
    public String role;

    @Column(name = "joined_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime joinedAt;

    public TeamRole teamRole() {
        return TeamRole.valueOf(role.toUpperCase());
    }
}
