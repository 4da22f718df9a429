package dev.editstudio.edit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One edit as asked for; only {@code instruction} is required. */
public record EditRequest(
        @Schema(description = "What to do, in English or Chinese; at most 500 characters", example = "make the sky more blue")
        String instruction,
        @Schema(description = "The round to edit; default: the session's head (the image shown now)")
        Long parentRoundId,
        @Schema(description = "Selection as a base64 PNG the size of the image: white = selected, grey = partly, "
                + "black or transparent = untouched; default: nothing selected (the whole image)")
        String mask,
        @Schema(description = "0..1, how strongly the edit applies inside the selection; default 1")
        Double strength,
        @Schema(description = "0..200 px, how softly the selection's edge fades; default 0")
        Integer feather,
        @Schema(description = "Seed for ops with texture, for reproducible results; default random")
        Long seed) {

    public static EditRequest of(String instruction) {
        return new EditRequest(instruction, null, null, null, null, null);
    }
}
