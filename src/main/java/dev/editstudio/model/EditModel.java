package dev.editstudio.model;

import java.util.List;

/**
 * The edit model, whatever runs it (TensorFlow Java in process, TensorFlow Serving, a generative network).
 * Implementations are thread-safe.
 *
 * <h2>Tensor contract of a SavedModel behind this interface</h2>
 * Two signatures, method {@code tensorflow/serving/predict}:
 * <ul>
 *   <li>{@code parse}: input {@code clauses string [N]} (UTF-8 instruction clauses, any case; quoted text replaced
 *       by {@code QTEXT}) → {@code intent string [N]} (e.g. {@code adjust.brightness.up}, {@code style.sketch},
 *       {@code unsupported.pose}, {@code none}), {@code confidence float32 [N]}, {@code probabilities float32 [N,C]}
 *       and {@code labels string [C]} (the intent vocabulary). {@link InstructionParser} splits instructions into
 *       clauses and reads literal values around it.</li>
 *   <li>{@code edit}: inputs {@code image uint8 [H,W,3]} (RGB), {@code mask float32 [H,W,1]} in 0..1 (1 = selected,
 *       soft edges allowed, all ones when nothing is selected; {@code [1,1,1]} ones stands for a full selection), {@code op string []} (one of {@link Ops#ALL}),
 *       {@code variant string []} (the op's enumerated parameter: adjust property, style name, blur target,
 *       background mode, flip axis, rotation "90|180|270|free"; empty otherwise), {@code params float32 [8]} (the op's
 *       numbers, laid out by {@link StepEncoding}), {@code strength float32 []} in 0..1 (scales the mask),
 *       {@code seed int64 []} (for ops with texture) and {@code overlay float32 [h,w,1]} (text coverage at image size
 *       for {@code text}, {@code [1,1,1]} otherwise) → {@code image uint8 [H',W',C]}: same size unless the op changes
 *       geometry, C = 4 for a transparent background. For local ops a pixel whose weight is 0 is returned
 *       bit-identical.</li>
 * </ul>
 */
public interface EditModel extends AutoCloseable {

    /** What the model took one clause for. */
    record Intent(String label, float confidence) {}

    /**
     * Name, version and the ops this model can run.
     *
     * @throws ModelUnavailableException a remote model not reached yet
     */
    ModelInfo info();

    /** Classifies instruction clauses (the {@code parse} signature), one intent per clause, in order. */
    List<Intent> classify(List<String> clauses);

    /**
     * Runs one step on an RGB image inside a mask ({@code edit} signature).
     *
     * @throws IllegalArgumentException a step that cannot run on this image (the message says why)
     * @throws ModelUnavailableException the model cannot be reached now; the same call may succeed later
     */
    Raster edit(Raster image, Mask mask, EditStep step, long seed);

    /**
     * The signature that runs {@code op} among a model's {@code signatures}: the op's own {@code edit_<op>} where the
     * model has one (it skips visiting every other op's branches), else {@code edit}, which every edit model has.
     */
    static String editSignature(java.util.Set<String> signatures, String op) {
        String own = "edit_" + op;
        return signatures.contains(own) ? own : "edit";
    }

    /** Why the model cannot run now (its server unreachable, say), or empty when it can. */
    default java.util.Optional<String> unavailableReason() {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}
