package dev.editstudio.image;

/**
 * Walks the parts of an untrusted JPEG or PNG file in front of (and, for PNG, around) its pixel data, every length
 * checked against the bytes there: what {@link ExifReader} reads the orientation from and {@link MetadataStripper}
 * filters.
 */
final class Segments {

    /** A JPEG segment: its marker and the bytes {@code [start, end)} it spans. Returns false to stop the walk. */
    @FunctionalInterface
    interface JpegVisitor {
        boolean visit(int marker, int start, int end);
    }

    /** A PNG chunk: its type and the bytes {@code [start, end)} it spans. Returns false to stop the walk. */
    @FunctionalInterface
    interface PngVisitor {
        boolean visit(String type, int start, int end);
    }

    private Segments() {}

    /**
     * Visits a JPEG's segments after SOI up to its first scan, each spanning its marker, length and data (two bytes
     * for markers without a length; fill bytes are skipped). Returns where the start-of-scan marker is, or -1 when the
     * walk was stopped, met the end of the image, or found the structure broken first.
     */
    static int jpeg(byte[] b, JpegVisitor visitor) {
        int pos = 2;
        while (pos + 4 <= b.length && (b[pos] & 0xff) == 0xff) {
            int marker = b[pos + 1] & 0xff;
            if (marker == 0xff) { // fill byte before a marker
                pos++;
                continue;
            }
            if (marker == 0xda) {
                return pos;
            }
            if (marker == 0xd9) {
                return -1;
            }
            int end;
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                end = pos + 2;
            } else {
                int length = Bytes.u16(b, pos + 2, false);
                if (length < 2 || pos + 2 + length > b.length) {
                    return -1;
                }
                end = pos + 2 + length;
            }
            if (!visitor.visit(marker, pos, end)) {
                return -1;
            }
            pos = end;
        }
        return -1;
    }

    /**
     * Visits a PNG's chunks after the signature, each spanning its length, type, data and CRC. Returns true once
     * {@code IEND} has been visited; false when the walk was stopped or the structure broke first.
     */
    static boolean png(byte[] b, PngVisitor visitor) {
        int pos = 8;
        while (pos + 12 <= b.length) {
            long length = Bytes.u32(b, pos, false);
            if (length > b.length - pos - 12L) {
                return false;
            }
            String type = Bytes.ascii(b, pos + 4, 4);
            int end = pos + 12 + (int) length;
            if (!visitor.visit(type, pos, end)) {
                return false;
            }
            if (type.equals("IEND")) {
                return true;
            }
            pos = end;
        }
        return false;
    }
}
