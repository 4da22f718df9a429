package dev.editstudio.image;

/** Decoded pixels, interleaved 8-bit RGB ({@code channels} 3) or RGBA (4), row by row. */
public record DecodedImage(int width, int height, int channels, byte[] data) {

    public DecodedImage {
        if (width <= 0 || height <= 0 || (channels != 3 && channels != 4)
                || data.length != (long) width * height * channels) {
            throw new IllegalArgumentException("pixels need width*height*channels bytes, channels 3 or 4");
        }
    }

    public long pixels() {
        return (long) width * height;
    }
}
