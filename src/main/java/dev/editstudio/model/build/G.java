package dev.editstudio.model.build;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Squeeze;
import org.tensorflow.op.image.ResizeBilinear;
import org.tensorflow.types.TBool;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;
import org.tensorflow.types.TUint8;
import org.tensorflow.types.family.TNumber;

/**
 * Graph-building shorthands for float images: {@code [H,W,C]} tensors in 0..1, plus the filters the edit ops are
 * made of (Gaussian blur, box filter, guided filter, multi-scale inpainting). Everything here only adds nodes to a
 * graph; nothing runs.
 */
final class G {

    /** Taps each side of the 1-D Gaussian kernel; larger blurs run on a downscaled copy. */
    private static final int GAUSS_RADIUS = 8;
    private static final float MAX_KERNEL_SIGMA = 2.5f;

    final Ops tf;

    G(Ops tf) {
        this.tf = tf;
    }

    Operand<TFloat32> c(float v) {
        return tf.constant(v);
    }

    Operand<TFloat32> add(Operand<TFloat32> a, Operand<TFloat32> b) {
        return tf.math.add(a, b);
    }

    Operand<TFloat32> sub(Operand<TFloat32> a, Operand<TFloat32> b) {
        return tf.math.sub(a, b);
    }

    Operand<TFloat32> mul(Operand<TFloat32> a, Operand<TFloat32> b) {
        return tf.math.mul(a, b);
    }

    Operand<TFloat32> div(Operand<TFloat32> a, Operand<TFloat32> b) {
        return tf.math.div(a, b);
    }

    Operand<TFloat32> max(Operand<TFloat32> a, Operand<TFloat32> b) {
        return tf.math.maximum(a, b);
    }

    Operand<TFloat32> min(Operand<TFloat32> a, Operand<TFloat32> b) {
        return tf.math.minimum(a, b);
    }

    Operand<TFloat32> clip(Operand<TFloat32> x, float lo, float hi) {
        return tf.clipByValue(x, c(lo), c(hi));
    }

    Operand<TFloat32> clip01(Operand<TFloat32> x) {
        return clip(x, 0f, 1f);
    }

    /** {@code clip((x - lo) / (hi - lo), 0, 1)}: a linear ramp from 0 at lo to 1 at hi. */
    Operand<TFloat32> ramp(Operand<TFloat32> x, float lo, float hi) {
        return clip01(mul(sub(x, c(lo)), c(1f / (hi - lo))));
    }

    Operand<TBool> gt(Operand<TFloat32> a, float b) {
        return tf.math.greater(a, c(b));
    }

    Operand<TFloat32> f(Operand<? extends org.tensorflow.types.family.TType> x) {
        return tf.dtypes.cast(x, TFloat32.class);
    }

    Operand<TInt32> i(Operand<? extends TNumber> x) {
        return tf.dtypes.cast(x, TInt32.class);
    }

    Operand<TFloat32> toFloat(Operand<TUint8> image) {
        return mul(f(image), c(1f / 255f));
    }

    /** 0..1 to bytes, rounding half up. */
    Operand<TUint8> toBytes(Operand<TFloat32> x) {
        return truncateToBytes(add(mul(x, c(255f)), c(0.5f)));
    }

    /** {@code y} already scaled to 0..255 and offset by one half: clipped, then truncated (one cast). */
    Operand<TUint8> truncateToBytes(Operand<TFloat32> y) {
        return tf.dtypes.cast(clip(y, 0f, 255.49f), TUint8.class);
    }

    /** Element {@code i} of a 1-D tensor, as a scalar. */
    <T extends org.tensorflow.types.family.TType> Operand<T> at(Operand<T> vector, int i) {
        return tf.reshape(tf.slice(vector, tf.constant(new int[] {i}), tf.constant(new int[] {1})),
                tf.constant(new int[0]));
    }

    /** {@code [H, W]} of an {@code [H,W,C]} image, int32. */
    Operand<TInt32> size(Operand<?> image) {
        return tf.slice(tf.shape(image), tf.constant(new int[] {0}), tf.constant(new int[] {2}));
    }

    Operand<TFloat32> luma(Operand<TFloat32> x) {
        return tf.reduceSum(mul(x, tf.constant(new float[] {0.299f, 0.587f, 0.114f})), tf.constant(new int[] {-1}),
                org.tensorflow.op.core.ReduceSum.keepDims(true));
    }

    Operand<TFloat32> batch(Operand<TFloat32> x) {
        return tf.expandDims(x, tf.constant(0));
    }

    Operand<TFloat32> unbatch(Operand<TFloat32> x) {
        return tf.squeeze(x, Squeeze.axis(List.of(0L)));
    }

    Operand<TFloat32> resize(Operand<TFloat32> x, Operand<TInt32> hw) {
        return unbatch(tf.image.resizeBilinear(batch(x), hw, ResizeBilinear.halfPixelCenters(true)));
    }

    /** {@code a + w (b - a)}. */
    Operand<TFloat32> lerp(Operand<TFloat32> a, Operand<TFloat32> b, Operand<TFloat32> w) {
        return add(a, mul(w, sub(b, a)));
    }

    /**
     * Gaussian blur of {@code x [H,W,C]} with standard deviation {@code sigma} pixels (any value ≥ 0.3). Sigmas
     * above 2.5 run on a copy downscaled by {@code sigma / 2.5} (area averaging) and scale back bilinearly; borders
     * are handled by normalised convolution, so edges do not darken.
     */
    Operand<TFloat32> gaussian(Operand<TFloat32> x, Operand<TFloat32> sigma, int channels) {
        Operand<TFloat32> s = max(sigma, c(0.3f));
        Operand<TFloat32> factor = max(c(1f), div(s, c(MAX_KERNEL_SIGMA)));
        Operand<TInt32> hw = size(x);
        Operand<TInt32> small = tf.math.maximum(i(tf.math.ceil(div(f(hw), factor))), tf.constant(1));
        Operand<TFloat32> down = tf.image.resizeArea(batch(x), small);
        Operand<TFloat32> k = gaussKernel(div(s, factor));
        Operand<TFloat32> blurred = normalizedConv(down, k, 2 * GAUSS_RADIUS + 1, channels);
        return unbatch(tf.image.resizeBilinear(blurred, hw, ResizeBilinear.halfPixelCenters(true)));
    }

    /**
     * A Gaussian blur whose sigma is known when the graph is built. Up to {@code MAX_KERNEL_SIGMA} it runs at full
     * size with taps to 3 sigma only (7 at sigma 1 instead of 17), and without the resampling the computed-sigma
     * version needs for wide blurs.
     */
    Operand<TFloat32> gaussian(Operand<TFloat32> x, float sigma, int channels) {
        if (sigma > MAX_KERNEL_SIGMA) {
            return gaussian(x, c(sigma), channels);
        }
        float s = Math.max(sigma, 0.3f);
        int radius = Math.min(GAUSS_RADIUS, (int) Math.ceil(3 * s));
        float[] k = new float[2 * radius + 1];
        double sum = 0;
        for (int j = 0; j < k.length; j++) {
            sum += k[j] = (float) Math.exp(-(j - radius) * (j - radius) / (2.0 * s * s));
        }
        for (int j = 0; j < k.length; j++) {
            k[j] /= (float) sum;
        }
        return unbatch(normalizedConv(batch(x), tf.constant(k), k.length, channels));
    }

    private Operand<TFloat32> gaussKernel(Operand<TFloat32> sigma) {
        float[] t = new float[2 * GAUSS_RADIUS + 1];
        for (int j = 0; j < t.length; j++) {
            t[j] = (j - GAUSS_RADIUS) * (j - GAUSS_RADIUS);
        }
        Operand<TFloat32> w = tf.math.exp(div(tf.math.neg(tf.constant(t)), mul(c(2f), tf.math.square(sigma))));
        return div(w, tf.reduceSum(w, tf.constant(0)));
    }

    /** Separable convolution with a 1-D kernel, divided by the kernel mass inside the image (no dark borders). */
    private Operand<TFloat32> normalizedConv(Operand<TFloat32> x4, Operand<TFloat32> k, int n, int channels) {
        Operand<TFloat32> horizontal = tf.tile(tf.reshape(k, tf.constant(new int[] {1, n, 1, 1})),
                tf.constant(new int[] {1, 1, channels, 1}));
        Operand<TFloat32> vertical = tf.tile(tf.reshape(k, tf.constant(new int[] {n, 1, 1, 1})),
                tf.constant(new int[] {1, 1, channels, 1}));
        Operand<TFloat32> h1 = tf.reshape(k, tf.constant(new int[] {1, n, 1, 1}));
        Operand<TFloat32> v1 = tf.reshape(k, tf.constant(new int[] {n, 1, 1, 1}));
        List<Long> ones = List.of(1L, 1L, 1L, 1L);
        Operand<TFloat32> y = tf.nn.depthwiseConv2dNative(
                tf.nn.depthwiseConv2dNative(x4, horizontal, ones, "SAME"), vertical, ones, "SAME");
        Operand<TFloat32> unit = tf.onesLike(tf.slice(x4, tf.constant(new int[] {0, 0, 0, 0}),
                tf.constant(new int[] {-1, -1, -1, 1})));
        Operand<TFloat32> mass = tf.nn.depthwiseConv2dNative(
                tf.nn.depthwiseConv2dNative(unit, h1, ones, "SAME"), v1, ones, "SAME");
        return div(y, mass);
    }

    /** Mean over a {@code (2r+1)²} window, the window clipped at the borders. */
    Operand<TFloat32> box(Operand<TFloat32> x, int r) {
        long k = 2L * r + 1;
        return unbatch(tf.nn.avgPool(batch(x), List.of(1L, k, k, 1L), List.of(1L, 1L, 1L, 1L), "SAME"));
    }

    /** He et al.'s guided filter, each channel guided by itself: edge-preserving smoothing. */
    Operand<TFloat32> guided(Operand<TFloat32> p, int r, Operand<TFloat32> eps) {
        Operand<TFloat32> mean = box(p, r);
        Operand<TFloat32> var = sub(box(tf.math.square(p), r), tf.math.square(mean));
        Operand<TFloat32> a = div(var, add(var, eps));
        Operand<TFloat32> b = mul(mean, sub(c(1f), a));
        return add(mul(box(a, r), p), box(b, r));
    }

    /**
     * Fills the pixels of {@code x [H,W,3]} where {@code hole [H,W,1]} is above 0, working only on the hole's
     * bounding box plus a margin (so a small hole in a large photo costs little); pixels outside the hole come back
     * as they were.
     */
    Operand<TFloat32> fillHole(Operand<TFloat32> x, Operand<TFloat32> hole) {
        Operand<TBool> inHole = gt(hole, 0f);
        Operand<org.tensorflow.types.TInt64> coords = tf.where(inHole);
        Operand<TInt32> two = tf.constant(new int[] {2});
        Operand<TInt32> zero = tf.constant(new int[] {0});
        Operand<TInt32> hw = size(x);
        Operand<TInt32> last = tf.math.sub(hw, tf.constant(1));
        Operand<TInt32> lo = tf.math.minimum(tf.math.maximum(
                tf.slice(i(tf.reduceMin(coords, tf.constant(0))), zero, two), tf.constant(0)), last);
        Operand<TInt32> hi = tf.math.minimum(tf.math.maximum(
                tf.slice(i(tf.reduceMax(coords, tf.constant(0))), zero, two), lo), last);
        Operand<TInt32> margin = tf.math.maximum(tf.constant(16), tf.math.floorDiv(tf.math.sub(hi, lo), tf.constant(2)));
        Operand<TInt32> start = tf.math.maximum(tf.math.sub(lo, margin), tf.constant(0));
        Operand<TInt32> end = tf.math.minimum(tf.math.add(tf.math.add(hi, margin), tf.constant(1)), hw);
        Operand<TInt32> begin3 = tf.concat(List.of(start, zero), tf.constant(0));
        Operand<TInt32> size3 = tf.concat(List.of(tf.math.sub(end, start), tf.constant(new int[] {-1})), tf.constant(0));
        Operand<TFloat32> crop = tf.slice(x, begin3, size3);
        Operand<TFloat32> known = sub(c(1f), f(gt(tf.slice(hole, begin3, size3), 0f)));
        Operand<TFloat32> filled = inpaint(crop, known, 10, 20);
        Operand<TInt32> before = tf.reshape(start, tf.constant(new int[] {2, 1}));
        Operand<TInt32> after = tf.reshape(tf.math.sub(hw, end), tf.constant(new int[] {2, 1}));
        Operand<TInt32> paddings = tf.concat(List.of(
                tf.concat(List.of(before, after), tf.constant(1)), tf.constant(new int[][] {{0, 0}})), tf.constant(0));
        Operand<TFloat32> placed = tf.pad(filled, paddings, c(0f));
        return tf.select(inHole, placed, x);
    }

    /**
     * Fills the pixels where {@code known} is 0 by the harmonic (membrane) interpolation of their surroundings,
     * solved coarse to fine: a mask-weighted pyramid down to a few pixels, then Jacobi relaxation at every level
     * starting from the upsampled coarser solution. Known pixels come back unchanged.
     */
    Operand<TFloat32> inpaint(Operand<TFloat32> x, Operand<TFloat32> known, int levels, int iterations) {
        java.util.List<Operand<TFloat32>> images = new java.util.ArrayList<>();
        java.util.List<Operand<TFloat32>> masks = new java.util.ArrayList<>();
        java.util.List<Operand<TInt32>> sizes = new java.util.ArrayList<>();
        images.add(x);
        masks.add(known);
        sizes.add(size(x));
        List<Long> two = List.of(1L, 2L, 2L, 1L);
        for (int l = 1; l < levels; l++) {
            Operand<TFloat32> prev = images.get(l - 1);
            Operand<TFloat32> prevKnown = masks.get(l - 1);
            Operand<TFloat32> sum = unbatch(tf.nn.avgPool(batch(mul(prev, prevKnown)), two, two, "SAME"));
            Operand<TFloat32> count = unbatch(tf.nn.avgPool(batch(prevKnown), two, two, "SAME"));
            images.add(div(sum, max(count, c(1e-6f))));
            masks.add(f(gt(count, 0f)));
            sizes.add(size(sum));
        }
        Operand<TFloat32> coarseKnown = masks.get(levels - 1);
        Operand<TInt32> hw = tf.constant(new int[] {0, 1});
        Operand<TFloat32> mean = div(tf.reduceSum(mul(images.get(levels - 1), coarseKnown), hw),
                max(tf.reduceSum(coarseKnown, hw), c(1e-6f)));
        Operand<TFloat32> y = lerp(mean, images.get(levels - 1), coarseKnown);
        Operand<TFloat32> cross = tf.constant(new float[][][][] {
                {{{0f}}, {{0.25f}}, {{0f}}}, {{{0.25f}}, {{0f}}, {{0.25f}}}, {{{0f}}, {{0.25f}}, {{0f}}}});
        Operand<TFloat32> cross3 = tf.tile(cross, tf.constant(new int[] {1, 1, 3, 1}));
        List<Long> ones = List.of(1L, 1L, 1L, 1L);
        for (int l = levels - 1; l >= 0; l--) {
            if (l < levels - 1) {
                y = resize(y, sizes.get(l));
            }
            Operand<TFloat32> img = images.get(l);
            Operand<TFloat32> k = masks.get(l);
            // a 1-pixel level has no neighbours: guard the division (its value then comes from the coarser level)
            Operand<TFloat32> rawMass = unbatch(tf.nn.depthwiseConv2dNative(batch(tf.onesLike(k)), cross, ones, "SAME"));
            Operand<TFloat32> mass = max(rawMass, c(1e-6f));
            Operand<TFloat32> hasNeighbours = f(gt(rawMass, 0f));
            y = lerp(y, img, k);
            for (int it = 0; it < iterations; it++) {
                Operand<TFloat32> avg = lerp(y,
                        div(unbatch(tf.nn.depthwiseConv2dNative(batch(y), cross3, ones, "SAME")), mass), hasNeighbours);
                y = lerp(avg, img, k);
            }
        }
        return y;
    }
}
