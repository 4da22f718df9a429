package dev.editstudio.image;

/**
 * The orientation tag of an untrusted file's EXIF block, read from the bytes without a library: a JPEG's first
 * {@code APP1 "Exif"} segment before the scan, a PNG's {@code eXIf} chunk before the image data. Every offset is
 * checked against the bytes actually there; a missing, damaged or unusual block reads as {@link Orientation#NORMAL},
 * never as an error, because the pixels are still good. Other formats read as {@code NORMAL} whatever they carry, as
 * in Chromium, which turns JPEGs and PNGs only (a WebP's {@code EXIF} chunk, for one, is shown unturned).
 */
final class ExifReader {

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT = 3;

    private ExifReader() {}

    static Orientation orientation(byte[] file, ImageFormat format) {
        return switch (format) {
            case JPEG -> jpeg(file);
            case PNG -> png(file);
            default -> Orientation.NORMAL;
        };
    }

    /** The {@code eXIf} chunk, a bare TIFF block, among the chunks before the first {@code IDAT}. */
    private static Orientation png(byte[] b) {
        Orientation[] found = {Orientation.NORMAL};
        Segments.png(b, (type, start, end) -> {
            if (type.equals("eXIf")) {
                found[0] = tiff(b, start + 8, end - 4); // after length and type, before the CRC
            }
            return !type.equals("eXIf") && !type.equals("IDAT");
        });
        return found[0];
    }

    /** The first {@code APP1 "Exif"} segment before the scan. */
    private static Orientation jpeg(byte[] b) {
        Orientation[] found = {Orientation.NORMAL};
        Segments.jpeg(b, (marker, start, end) -> {
            boolean exif = marker == 0xe1 && end - start >= 10 && Bytes.startsWith(b, start + 4, "Exif\0\0");
            if (exif) {
                found[0] = tiff(b, start + 10, end);
            }
            return !exif;
        });
        return found[0];
    }

    /** The orientation entry of IFD0 in the TIFF block {@code b[start, end)}. */
    private static Orientation tiff(byte[] b, int start, int end) {
        if (end - start < 8) {
            return Orientation.NORMAL;
        }
        boolean little;
        if (Bytes.startsWith(b, start, "II")) {
            little = true;
        } else if (Bytes.startsWith(b, start, "MM")) {
            little = false;
        } else {
            return Orientation.NORMAL;
        }
        if (Bytes.u16(b, start + 2, little) != 42) {
            return Orientation.NORMAL;
        }
        long ifd = start + Bytes.u32(b, start + 4, little);
        if (ifd + 2 > end) {
            return Orientation.NORMAL;
        }
        int entries = Bytes.u16(b, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                break;
            }
            if (Bytes.u16(b, entry, little) == ORIENTATION_TAG) {
                boolean oneShort = Bytes.u16(b, entry + 2, little) == SHORT && Bytes.u32(b, entry + 4, little) == 1;
                return oneShort ? Orientation.ofExif(Bytes.u16(b, entry + 8, little)) : Orientation.NORMAL;
            }
        }
        return Orientation.NORMAL;
    }
}
