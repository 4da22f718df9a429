package dev.editstudio.quota.api;

import dev.editstudio.quota.Limits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quota as the API reads and writes it; a missing or null field is unlimited. */
public record QuotaBody(
        @Schema(description = "Edits per day (in the server's quota time zone); null = unlimited") Integer editsPerDay,
        @Schema(description = "Model compute seconds per month; null = unlimited") Long computeSecondsPerMonth,
        @Schema(description = "Bytes of stored images; null = unlimited") Long storageBytes) {

    static QuotaBody of(Limits l) {
        return new QuotaBody(l.editsPerDay(), l.computeSecondsPerMonth(), l.storageBytes());
    }

    /** The limits a request body sets; no body at all sets none (all unlimited). */
    static Limits limitsOf(QuotaBody body) {
        return body == null ? Limits.UNLIMITED : new Limits(body.editsPerDay, body.computeSecondsPerMonth,
                body.storageBytes);
    }
}
