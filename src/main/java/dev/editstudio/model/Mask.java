package dev.editstudio.model;

import java.util.Arrays;

/**
 * Selection weights in 0..1, one per pixel, row by row; 0 = untouched. The weights are not changed once the mask is
 * made (whether it is full or empty is worked out once and kept: a scan of a large mask costs a millisecond).
 */
public final class Mask {

    private final int width;
    private final int height;
    private final float[] alpha;
    /** Worked out on first use; null until then (a race only repeats the scan, the answer is the same). */
    private Boolean full;
    private Boolean empty;

    public Mask(int width, int height, float[] alpha) {
        if (alpha.length != Math.multiplyExact(width, height)) {
            throw new IllegalArgumentException("alpha must hold width*height values");
        }
        this.width = width;
        this.height = height;
        this.alpha = alpha;
    }

    /** Everything selected: the whole image. */
    public static Mask all(int width, int height) {
        float[] alpha = new float[Math.multiplyExact(width, height)];
        Arrays.fill(alpha, 1f);
        Mask all = new Mask(width, height, alpha);
        all.full = true;
        all.empty = false;
        return all;
    }

    /** Everything this mask leaves out, as much as it leaves it out: {@code 1 - alpha}, feathered edges included. */
    public Mask inverted() {
        float[] out = new float[alpha.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = 1f - alpha[i];
        }
        Mask inverse = new Mask(width, height, out);
        inverse.full = empty;
        inverse.empty = full;
        return inverse;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The weights themselves (not a copy): read them, do not change them. */
    public float[] alpha() {
        return alpha;
    }

    public boolean isEmpty() {
        if (empty == null) {
            boolean none = true;
            for (int i = 0; i < alpha.length && none; i++) {
                none = alpha[i] <= 0f;
            }
            empty = none;
        }
        return empty;
    }

    public boolean isFull() {
        if (full == null) {
            boolean every = true;
            for (int i = 0; i < alpha.length && every; i++) {
                every = alpha[i] >= 1f;
            }
            full = every;
        }
        return full;
    }

    /** The selection's centre of mass {@code [x, y]}, weighted as the move op weighs it; the image's centre when empty. */
    public double[] centroid() {
        double mass = 0;
        double sx = 0;
        double sy = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float a = alpha[y * width + x];
                mass += a;
                sx += a * x;
                sy += a * y;
            }
        }
        return mass <= 0 ? new double[] {(width - 1) / 2.0, (height - 1) / 2.0} : new double[] {sx / mass, sy / mass};
    }

    /** {@code [x0, y0, x1, y1)} of the selected pixels; the whole image when nothing is selected. */
    public int[] bounds() {
        int x0 = width;
        int y0 = height;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (alpha[y * width + x] > 0f) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        return x1 < 0 ? new int[] {0, 0, width, height} : new int[] {x0, y0, x1 + 1, y1 + 1};
    }

    /**
     * A copy whose edges fade over about {@code radius} pixels (three box blurs, close to a Gaussian), so an edit
     * blends into its surroundings. Pixels far from the edge keep their weight; 0 returns this mask.
     */
    public Mask feathered(int radius) {
        if (radius <= 0 || isFull() || isEmpty()) {
            return this;
        }
        int r = Math.max(1, radius / 2);
        float[] a = alpha.clone();
        float[] tmp = new float[a.length];
        for (int pass = 0; pass < 3; pass++) {
            boxBlur(a, tmp, width, height, r, true);
            boxBlur(tmp, a, width, height, r, false);
        }
        return new Mask(width, height, a);
    }

    /** One running-sum box blur along rows ({@code horizontal}) or columns, edges clamped. */
    private static void boxBlur(float[] src, float[] dst, int w, int h, int r, boolean horizontal) {
        int lines = horizontal ? h : w;
        int length = horizontal ? w : h;
        int step = horizontal ? 1 : w;
        float norm = 1f / (2 * r + 1);
        for (int line = 0; line < lines; line++) {
            int base = horizontal ? line * w : line;
            float sum = 0f;
            for (int k = -r; k <= r; k++) {
                sum += src[base + Math.clamp(k, 0, length - 1) * step];
            }
            for (int i = 0; i < length; i++) {
                dst[base + i * step] = sum * norm;
                sum += src[base + Math.min(i + r + 1, length - 1) * step] - src[base + Math.max(i - r, 0) * step];
            }
        }
    }
}
