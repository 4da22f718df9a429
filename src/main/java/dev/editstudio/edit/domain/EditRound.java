package dev.editstudio.edit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One edit of a session: the instruction, the program the model made of it and everything else needed to run it
 * again (parameters, seed, model version), its place in the tree ({@code parentRoundId}) and, as a queue row, its
 * status. Read-only here: rows are written by {@link RoundQueue}'s guarded SQL only.
 */
@Entity
@Immutable
@Table(name = "edit_round")
public class EditRound {

    @Id
    
    public Long id;

    @Column(name = "session_id")
    public Long sessionId;

    @Column(name = "parent_round_id")
    public Long parentRoundId;

    @Column(name = "author_id")
    public Long authorId;

    
    public String instruction;

    /** The program as JSON: {@code [{"op": ..., "params": {...}}]}. */
    @JdbcTypeCode(SqlTypes.JSON)
    
    public String program;

    
    public float strength;

    
    public int feather;

    
    public long seed;

    @Column(name = "mask_image")
    public String maskImage;

    @Column(name = "input_image")
    public String inputImage;

    @Column(name = "output_image")
    public String outputImage;

    @Column(name = "output_width")
    public Integer outputWidth;

    @Column(name = "output_height")
    public Integer outputHeight;

    
    public RoundStatus status;

    @Column(name = "error_code")
    public String errorCode;

    @Column(name = "error_message")
    public String errorMessage;

    @Column(name = "model_name")
    public String modelName;

    @Column(name = "model_version")
    public String modelVersion;

    @Column(name = "queued_at")
    public OffsetDateTime queuedAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "compute_ms")
    public Long computeMs;

    
    public int attempts;
}
