package dev.editstudio.edit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.editstudio.edit.domain.RoundStatus;
import dev.editstudio.model.InstructionParser;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the edit feature shows of sessions and rounds: the same records serve the API and the views. */
public final class EditViews {

    private EditViews() {}

    public record ImageInfo(String sha256, String format, int width, int height, int byteSize) {}

    public record ErrorInfo(String code, String message) {}

    /** One round: the instruction and its program, its place in the tree, and how it went. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoundInfo(long id, long sessionId, Long parentRoundId, String author, String instruction,
            JsonNode program, float strength, int feather, long seed, String status, ErrorInfo error, String model,
            OffsetDateTime queuedAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, Long computeMs, int attempts,
            Integer width, Integer height, String imageUrl, String thumbnailUrl) {

        public boolean isFinal() {
            return RoundStatus.of(status).isFinal();
        }
    }

    /** A session in a list. */
    public record SessionSummary(long id, String title, String owner, Long teamId, ImageInfo source, Long headRoundId,
            long roundCount, String lastInstruction, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            String imageUrl, String thumbnailUrl) {}

    /** A session with its whole round tree: rounds in creation order, each naming its parent (null = the source). */
    public record SessionDetails(long id, String title, String owner, Long teamId, ImageInfo source, Long headRoundId,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, String imageUrl, String thumbnailUrl,
            List<RoundInfo> rounds) {

        /**
         * Where {@code history} leads from the head: the head's parent (undo), its newest child that has or will have
         * an image (redo), the uploaded image (original); empty when there is nowhere to go.
         */
        public Optional<Destination> after(InstructionParser.History history) {
            return switch (history) {
                case UNDO -> headRoundId == null ? Optional.empty()
                        : Optional.of(new Destination(rounds.stream().filter(r -> r.id() == headRoundId).findFirst()
                                .map(RoundInfo::parentRoundId).orElse(null)));
                case ORIGINAL -> headRoundId == null ? Optional.empty() : Optional.of(new Destination(null));
                case REDO -> rounds.stream()
                        .filter(r -> Objects.equals(r.parentRoundId(), headRoundId))
                        .filter(r -> RoundStatus.of(r.status()) != RoundStatus.FAILED
                                && RoundStatus.of(r.status()) != RoundStatus.CANCELED)
                        .map(RoundInfo::id).max(Long::compare).map(Destination::new);
            };
        }
    }

    /** Where a move through the history leads: a round, or the uploaded image when {@code roundId} is null. */
    public record Destination(Long roundId) {}

    /** An accepted edit: queued, with its round's id. */
    public record Submitted(long roundId, long sessionId, String status, JsonNode program) {}

    /** Image bytes to send, with what a response needs. */
    public record ImageData(byte[] bytes, String mediaType, String etag) {}
}
