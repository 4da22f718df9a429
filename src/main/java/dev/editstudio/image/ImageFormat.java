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
        if (Bytes.startsWith(bytes, 0, "RIFF") && Bytes.startsWith(bytes, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /**
     * The name of a common image format that is not accepted (HEIC, AVIF, TIFF, Photoshop), so that a refusal can say
     * what the file is; empty for anything else.
     */
    public static Optional<String> unsupportedName(byte[] bytes) {
        if (bytes.length >= 16 && Bytes.startsWith(bytes, 4, "ftyp")) {
            // ISO media: the major brand, then compatible brands up to the end of the ftyp box
            String major = Bytes.ascii(bytes, 8, 4);
            if (major.equals("avif") || major.equals("avis")) {
                return Optional.of("AVIF");
            }
            if (major.startsWith("he")) {
                return Optional.of("HEIC");
            }
            if (major.equals("mif1") || major.equals("msf1")) {
                long box = Math.min(bytes.length, Bytes.u32(bytes, 0, false));
                for (int at = 16; at + 4 <= box; at += 4) {
                    if (Bytes.startsWith(bytes, at, "avi")) {
                        return Optional.of("AVIF");
                    }
                }
                return Optional.of("HEIF");
            }
        }
        if (startsWith(bytes, 'I', 'I', '*', 0) || startsWith(bytes, 'M', 'M', 0, '*')) {
            return Optional.of("TIFF");
        }
        if (startsWith(bytes, '8', 'B', 'P', 'S')) {
            return Optional.of("Photoshop");
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
