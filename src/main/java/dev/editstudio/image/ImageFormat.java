package dev.editstudio.image;

import java.util.Optional;

/** The image formats EditStudio accepts, recognised by their first bytes (never by file name or MIME type). */
public enum ImageFormat {
    PNG("png", "image/png"),
    JPEG("jpeg", "image/jpeg"),
    GIF("gif", "image/gif"),
    BMP("bmp", "image/bmp"),
    WEBP("webp", "image/webp");

    private final String id;
    private final String mediaType;

    ImageFormat(String id, String mediaType) {
        this.id = id;
        this.mediaType = mediaType;
    }

    /** Lower-case name, as stored and as ImageIO knows the format. */
    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ImageFormat of(String id) {
        for (ImageFormat f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown image format " + id);
    }

    /** The format whose signature {@code bytes} start with. */
    public static Optional<ImageFormat> sniff(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0xff, 0xd8, 0xff)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, 'B', 'M')) {
            return Optional.of(BMP);
        }
        if (startsWith(bytes, 'R', 'I', 'F', 'F') && bytes.length >= 12 && bytes[8] == 'W' && bytes[9] == 'E'
                && bytes[10] == 'B' && bytes[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... signature) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xff) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
