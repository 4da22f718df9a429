package dev.editstudio.model;

import java.util.Arrays;

/** Selection weights in 0..1, one per pixel, row by row; 0 = untouched. */
public record Mask(int width, int height, float[] alpha) {

    public Mask {
        if (alpha.length != Math.multiplyExact(width, height)) {
            throw new IllegalArgumentException("alpha must hold width*height values");
        }
    }

    /** Everything selected: the whole image. */
    public static Mask all(int width, int height) {
        float[] alpha = new float[width * height];
        Arrays.fill(alpha, 1f);
        return new Mask(width, height, alpha);
    }

    public boolean isEmpty() {
        for (float a : alpha) {
            if (a > 0f) {
                return false;
            }
        }
        return true;
    }
}
