package dev.editstudio.image;

/** What an image file's header says, read without decoding its pixels. */
public record ImageProbe(ImageFormat format, int width, int height, int byteSize) {

    public long pixels() {
        return (long) width * height;
    }
}
