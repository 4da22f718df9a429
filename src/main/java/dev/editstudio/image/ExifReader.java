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
        int pos = 8; // after the signature
        while (pos + 8 <= b.length) {
            long length = u32(b, pos, false);
            int data = pos + 8;
            if (length > b.length - data || startsWith(b, pos + 4, "IDAT")) {
                break;
            }
            if (startsWith(b, pos + 4, "eXIf")) {
                return tiff(b, data, data + (int) length);
            }
            pos = data + (int) length + 4; // and the CRC
        }
        return Orientation.NORMAL;
    }

    private static Orientation jpeg(byte[] b) {
        int pos = 2; // after SOI
        while (pos + 4 <= b.length && (b[pos] & 0xff) == 0xff) {
            int marker = b[pos + 1] & 0xff;
            if (marker == 0xff) { // fill byte before a marker
                pos++;
                continue;
            }
            if (marker == 0xda || marker == 0xd9) { // start of scan or end of image: no metadata after this
                break;
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { // markers without a length
                pos += 2;
                continue;
            }
            int length = u16(b, pos + 2, false);
            if (length < 2 || pos + 2 + length > b.length) {
                break;
            }
            int data = pos + 4;
            if (marker == 0xe1 && length >= 8 && startsWith(b, data, "Exif\0\0")) {
                return tiff(b, data + 6, pos + 2 + length);
            }
            pos += 2 + length;
        }
        return Orientation.NORMAL;
    }

    /** The orientation entry of IFD0 in the TIFF block {@code b[start, end)}. */
    private static Orientation tiff(byte[] b, int start, int end) {
        if (end - start < 8) {
            return Orientation.NORMAL;
        }
        boolean little;
        if (startsWith(b, start, "II")) {
            little = true;
        } else if (startsWith(b, start, "MM")) {
            little = false;
        } else {
            return Orientation.NORMAL;
        }
        if (u16(b, start + 2, little) != 42) {
            return Orientation.NORMAL;
        }
        long ifd = start + u32(b, start + 4, little);
        if (ifd + 2 > end) {
            return Orientation.NORMAL;
        }
        int entries = u16(b, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                break;
            }
            if (u16(b, entry, little) == ORIENTATION_TAG) {
                boolean oneShort = u16(b, entry + 2, little) == SHORT && u32(b, entry + 4, little) == 1;
                return oneShort ? Orientation.ofExif(u16(b, entry + 8, little)) : Orientation.NORMAL;
            }
        }
        return Orientation.NORMAL;
    }

    private static boolean startsWith(byte[] b, int at, String ascii) {
        if (at < 0 || at + ascii.length() > b.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** An unsigned 16-bit number at {@code at}, in either byte order. */
    static int u16(byte[] b, int at, boolean little) {
        int b0 = b[at] & 0xff;
        int b1 = b[at + 1] & 0xff;
        return little ? b0 | b1 << 8 : b0 << 8 | b1;
    }

    /** An unsigned 32-bit number at {@code at}, in either byte order. */
    static long u32(byte[] b, int at, boolean little) {
        long lo = u16(b, little ? at : at + 2, little);
        long hi = u16(b, little ? at + 2 : at, little);
        return hi << 16 | lo;
    }
}
