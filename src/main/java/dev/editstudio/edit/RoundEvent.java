package dev.editstudio.edit;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.editstudio.edit.domain.RoundStatus;
import java.time.Instant;

/**
 * A change of one round, as published to the UI and to {@code GET /api/v1/sessions/{id}/events}: its status, and
 * while running the steps done of the program.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoundEvent(long sessionId, long roundId, String status, Integer stepsDone, Integer steps,
        String errorCode, String errorMessage, Instant at) {

    public static RoundEvent status(long sessionId, long roundId, String status) {
        return new RoundEvent(sessionId, roundId, status, null, null, null, null, Instant.now());
    }

    public static RoundEvent progress(long sessionId, long roundId, int done, int total) {
        return new RoundEvent(sessionId, roundId, "running", done, total, null, null, Instant.now());
    }

    public static RoundEvent failed(long sessionId, long roundId, String code, String message) {
        return new RoundEvent(sessionId, roundId, "failed", null, null, code, message, Instant.now());
    }

    /** A round queued on one that failed or was canceled, failed with it. */
    public static RoundEvent parentFailed(long sessionId, long roundId) {
        return failed(sessionId, roundId, "parent_failed", "the round this edit builds on did not produce an image");
    }

    /** Succeeded, failed or canceled: nothing follows for this round. */
    public boolean isFinal() {
        return RoundStatus.of(status).isFinal();
    }
}
