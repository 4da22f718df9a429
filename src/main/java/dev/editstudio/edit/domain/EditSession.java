package dev.editstudio.edit.domain;

import dev.editstudio.base.security.AccessPolicy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** One photo being edited: its source image, the round shown now, and (through {@link EditRound}) its history. */
@Entity
@Table(name = "edit_session")
public class EditSession implements AccessPolicy.Owned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_id", nullable = false)
    public Long ownerId;

    @Column(name = "team_id")
    public Long teamId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "source_image", nullable = false, length = 64)
    public String sourceImage;

    /** The round shown now; null means the source image. */
    @Column(name = "head_round_id")
    public Long headRoundId;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Override
    public long ownerId() {
        return ownerId;
    }

    @Override
    public Optional<Long> teamId() {
        return Optional.ofNullable(teamId);
    }
}
