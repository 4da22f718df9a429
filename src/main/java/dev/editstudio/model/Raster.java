package dev.editstudio.model;

/** Interleaved 8-bit pixels, row by row: RGB ({@code channels} 3) or RGBA (4, from a transparent background). */
public record Raster(int width, int height, int channels, byte[] data) {

    public Raster {
        if (width <= 0 || height <= 0 || (channels != 3 && channels != 4)
                || data.length != Math.multiplyExact(Math.multiplyExact(width, height), channels)) {
            throw new IllegalArgumentException("a raster needs width*height*channels bytes, channels 3 or 4");
        }
    }

    public static Raster rgb(int width, int height, byte[] rgb) {
        return new Raster(width, height, 3, rgb);
    }

    /** The pixels of a decoded image, as RGB. */
    public static Raster of(java.awt.image.BufferedImage img) {
        byte[] rgb = new byte[img.getWidth() * img.getHeight() * 3];
        for (int y = 0, i = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                rgb[i++] = (byte) (p >> 16);
                rgb[i++] = (byte) (p >> 8);
                rgb[i++] = (byte) p;
            }
        }
        return rgb(img.getWidth(), img.getHeight(), rgb);
    }

    public long pixels() {
        return (long) width * height;
    }

    /** The RGB part (alpha dropped), for feeding the model. */
    public Raster toRgb() {
        if (channels == 3) {
            return this;
        }
        byte[] rgb = new byte[width * height * 3];
        for (int i = 0, j = 0; i < rgb.length; i += 3, j += 4) {
            rgb[i] = data[j];
            rgb[i + 1] = data[j + 1];
            rgb[i + 2] = data[j + 2];
        }
        return rgb(width, height, rgb);
    }
}
