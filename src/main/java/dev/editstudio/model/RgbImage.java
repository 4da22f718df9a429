package dev.editstudio.model;

/** Interleaved 8-bit RGB pixels, row by row. */
public record RgbImage(int width, int height, byte[] rgb) {

    public RgbImage {
        if (width <= 0 || height <= 0 || rgb.length != Math.multiplyExact(width, height) * 3) {
            throw new IllegalArgumentException("rgb must hold width*height*3 bytes");
        }
    }
}
