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

    public boolean isFull() {
        for (float a : alpha) {
            if (a < 1f) {
                return false;
            }
        }
        return true;
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
}
