package dev.editstudio.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * A copy of an uploaded file without what it says about who took it, where and with what: EXIF (GPS position, time,
 * camera serial), XMP, IPTC and comments. The pixels, colour profile and the way it is shown stay: the bytes of the
 * image data are copied as they are, and an EXIF orientation is written back alone, so browsers still show the photo
 * upright. Used wherever an image leaves for people the owner did not pick one by one (public links).
 */
public final class MetadataStripper {

    /** PNG chunks that carry metadata: EXIF, text (author, comments, XMP in iTXt) and the modification time. */
    private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt", "tIME");
    /** WebP chunks that carry metadata; the VP8X header's flags for them are cleared with them. */
    private static final Set<String> WEBP_METADATA = Set.of("EXIF", "XMP ");
    private static final int VP8X_EXIF = 0x08;
    private static final int VP8X_XMP = 0x04;

    private MetadataStripper() {}

    /**
     * {@code file} without metadata, or empty when its structure cannot be walked safely (then the caller re-encodes
     * the pixels instead). GIF and BMP files carry none worth the name and come back as they are.
     */
    public static Optional<byte[]> strip(byte[] file, ImageFormat format) {
        return switch (format) {
            case JPEG -> jpeg(file);
            case PNG -> png(file);
            case WEBP -> webp(file);
            case GIF, BMP -> Optional.of(file);
        };
    }

    private static Optional<byte[]> jpeg(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 2); // SOI
        Orientation orientation = ExifReader.orientation(b, ImageFormat.JPEG);
        if (orientation != Orientation.NORMAL) {
            byte[] exif = orientationOnly(orientation);
            out.write(0xff);
            out.write(0xe1);
            out.write((exif.length + 2) >> 8);
            out.write((exif.length + 2) & 0xff);
            out.writeBytes(exif);
        }
        int scan = Segments.jpeg(b, (marker, start, end) -> {
            if (keepJpegSegment(b, marker, start + 4, end - start - 4)) {
                out.write(b, start, end - start);
            }
            return true;
        });
        if (scan < 0) {
            return Optional.empty(); // no scan found where one was expected
        }
        // the scans, copied as they are, up to the end of this image: a second image appended after it (a phone's
        // HDR gain map, a preview) has metadata of its own
        out.write(b, scan, endOfImage(b, scan) - scan);
        return Optional.of(out.toByteArray());
    }

    /**
     * Just past the EOI marker that ends the image whose scans start at {@code from} (inside entropy-coded data 0xFF is
     * always followed by 0x00 or a restart marker, so the first EOI is this image's); the file's end if there is none.
     */
    private static int endOfImage(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if ((b[i] & 0xff) == 0xff && (b[i + 1] & 0xff) == 0xd9) {
                return i + 2;
            }
        }
        return b.length;
    }

    /** JFIF, colour profiles, Adobe's colour transform and every non-application segment (tables, frame) stay. */
    private static boolean keepJpegSegment(byte[] b, int marker, int data, int size) {
        if (marker == 0xfe) { // comment
            return false;
        }
        if (marker < 0xe0 || marker > 0xef) {
            return true;
        }
        return marker == 0xe0 || (marker == 0xe2 && holds(b, data, size, "ICC_PROFILE\0"))
                || (marker == 0xee && holds(b, data, size, "Adobe"));
    }

    /** Whether a segment's {@code size} bytes of data at {@code data} begin with {@code ascii}. */
    private static boolean holds(byte[] b, int data, int size, String ascii) {
        return size >= ascii.length() && Bytes.startsWith(b, data, ascii);
    }

    /** "Exif\0\0", a big-endian TIFF header and an IFD0 with the one orientation entry. */
    private static byte[] orientationOnly(Orientation orientation) {
        return new byte[] {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1,
            0, (byte) orientation.exifValue(), 0, 0, 0, 0, 0, 0};
    }

    private static Optional<byte[]> png(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 8);
        Orientation orientation = ExifReader.orientation(b, ImageFormat.PNG);
        boolean whole = Segments.png(b, (type, start, end) -> {
            if (!PNG_METADATA.contains(type)) {
                out.write(b, start, end - start);
                if (type.equals("IHDR") && orientation != Orientation.NORMAL) {
                    byte[] tiff = Arrays.copyOfRange(orientationOnly(orientation), 6, 32);
                    ImageEncoder.pngChunk(out, "eXIf", tiff, tiff.length);
                }
            }
            return true;
        });
        return whole ? Optional.of(out.toByteArray()) : Optional.empty();
    }

    private static Optional<byte[]> webp(byte[] b) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(b.length);
        body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        int pos = 12;
        while (pos + 8 <= b.length) {
            long size = Bytes.u32(b, pos + 4, true);
            long padded = size + (size & 1);
            if (size > b.length - pos - 8L) {
                return Optional.empty();
            }
            String type = Bytes.ascii(b, pos, 4);
            int end = (int) Math.min(b.length, pos + 8 + padded);
            if (!WEBP_METADATA.contains(type)) {
                byte[] chunk = Arrays.copyOfRange(b, pos, end);
                if (type.equals("VP8X") && size >= 1) {
                    chunk[8] &= (byte) ~(VP8X_EXIF | VP8X_XMP); // the header no longer promises them
                }
                body.writeBytes(chunk);
            }
            pos = end;
        }
        byte[] payload = body.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 8);
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        int n = payload.length;
        out.write(n);
        out.write(n >> 8);
        out.write(n >> 16);
        out.write(n >> 24);
        out.writeBytes(payload);
        return Optional.of(out.toByteArray());
    }
}
