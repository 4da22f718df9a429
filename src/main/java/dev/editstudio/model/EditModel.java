package dev.editstudio.model;

/**
 * The edit model, whatever runs it (TensorFlow Java in process, TensorFlow Serving, a generative network).
 *
 * <h2>Tensor contract of a SavedModel behind this interface</h2>
 * One signature per op family, named {@code edit_<op>}, method {@code tensorflow/serving/predict}:
 * <ul>
 *   <li>inputs common to all: {@code image} {@code uint8 [H,W,3]} (RGB), {@code mask} {@code float32 [H,W,1]} in
 *       0..1 (1 = selected, soft edges allowed; all ones when nothing is selected), {@code strength}
 *       {@code float32 []} in 0..1 (scales the mask);</li>
 *   <li>op inputs: {@code edit_adjust}: {@code property int32 []} (0 brightness, 1 contrast, 2 saturation,
 *       3 warmth) and {@code amount float32 []} in -1..1; {@code edit_style}: {@code style int32 []} (index in
 *       {@link Ops#STYLES});</li>
 *   <li>output {@code image} {@code uint8 [H,W,3]}, same size. A pixel whose mask is 0 is returned
 *       bit-identical.</li>
 * </ul>
 * Implementations are thread-safe.
 */
public interface EditModel extends AutoCloseable {

    /** Name, version and the ops this model can run (read from its signatures). */
    ModelInfo info();

    /** Runs one step on an image inside a mask. */
    RgbImage edit(RgbImage image, Mask mask, EditStep step);

    @Override
    void close();
}
