package dev.editstudio.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

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
        int pos = 2;
        while (pos + 4 <= b.length && (b[pos] & 0xff) == 0xff) {
            int marker = b[pos + 1] & 0xff;
            if (marker == 0xff) {
                pos++;
                continue;
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                out.write(b, pos, 2);
                pos += 2;
                continue;
            }
            if (marker == 0xda) {
                // the scans, copied as they are, up to the end of this image: a second image appended after it (a
                // phone's HDR gain map, a preview) has metadata of its own
                out.write(b, pos, endOfImage(b, pos) - pos);
                return Optional.of(out.toByteArray());
            }
            int length = ExifReader.u16(b, pos + 2, false);
            if (length < 2 || pos + 2 + length > b.length) {
                return Optional.empty();
            }
            if (keepJpegSegment(b, marker, pos + 4, length - 2)) {
                out.write(b, pos, 2 + length);
            }
            pos += 2 + length;
        }
        return Optional.empty(); // no scan found where one was expected
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
        return marker == 0xe0 || (marker == 0xe2 && startsWith(b, data, size, "ICC_PROFILE\0"))
                || (marker == 0xee && startsWith(b, data, size, "Adobe"));
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
        int pos = 8;
        while (pos + 12 <= b.length) {
            long length = ExifReader.u32(b, pos, false);
            if (length > b.length - pos - 12L) {
                return Optional.empty();
            }
            String type = new String(b, pos + 4, 4, StandardCharsets.ISO_8859_1);
            int end = pos + 12 + (int) length;
            if (!PNG_METADATA.contains(type)) {
                out.write(b, pos, end - pos);
                if (type.equals("IHDR") && orientation != Orientation.NORMAL) {
                    pngChunk(out, "eXIf", Arrays.copyOfRange(orientationOnly(orientation), 6, 32));
                }
            }
            if (type.equals("IEND")) {
                return Optional.of(out.toByteArray());
            }
            pos = end;
        }
        return Optional.empty();
    }

    private static Optional<byte[]> webp(byte[] b) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(b.length);
        body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        int pos = 12;
        while (pos + 8 <= b.length) {
            long size = ExifReader.u32(b, pos + 4, true);
            long padded = size + (size & 1);
            if (size > b.length - pos - 8L) {
                return Optional.empty();
            }
            String type = new String(b, pos, 4, StandardCharsets.ISO_8859_1);
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

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        int n = data.length;
        out.writeBytes(new byte[] {(byte) (n >> 24), (byte) (n >> 16), (byte) (n >> 8), (byte) n});
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        long c = crc.getValue();
        out.writeBytes(new byte[] {(byte) (c >> 24), (byte) (c >> 16), (byte) (c >> 8), (byte) c});
    }

    private static boolean startsWith(byte[] b, int at, int size, String ascii) {
        if (size < ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[at + i] != (byte) ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
