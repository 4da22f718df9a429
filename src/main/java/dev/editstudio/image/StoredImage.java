package dev.editstudio.image;

/** An image in the {@link ImageStore}: its SHA-256 (hex) is its key, so equal bytes are stored once. */
public record StoredImage(String sha256, ImageFormat format, int width, int height, int byteSize) {}
