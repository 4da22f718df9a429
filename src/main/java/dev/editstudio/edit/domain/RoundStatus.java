package dev.editstudio.edit.domain;

import java.util.Locale;

/** Where a round is in the queue; see the guard trigger in {@code V2__images_sessions_rounds.sql}. */
public enum RoundStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELED;

    /** Succeeded, failed and canceled rounds never change again. */
    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELED;
    }

    /** As stored and as the API spells it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RoundStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
