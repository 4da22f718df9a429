package dev.editstudio.image;

/** Lets tests in other packages build the decompression bomb of {@link ImageDecoderTest}. */
public final class ImageDecoderTestAccess {

    private ImageDecoderTestAccess() {}

    public static byte[] bomb() {
        return ImageDecoderTest.pngHeaderOnly(100_000, 100_000);
    }
}
