package dev.editstudio.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Image files with metadata as cameras, phones and editors write it: a JPEG's {@code APP1 "Exif"} segment (orientation,
 * date, a GPS position), XMP and comments, an {@code APP2} colour profile; a PNG's {@code eXIf} and text chunks; a
 * WebP's {@code EXIF} and {@code XMP} chunks.
 */
public final class TaggedImages {

    /** Where the EXIF blocks made here say the photo was taken: what a public link must not give away. */
    public static final String GPS_TEXT = "48.8584N 2.2945E";

    private TaggedImages() {}

    /** {@code jpeg} with an EXIF block whose IFD0 holds a date and then orientation {@code value}. */
    public static byte[] withOrientation(byte[] jpeg, int value, boolean littleEndian) {
        return withApp1(jpeg, exif(value, littleEndian));
    }

    /** {@code jpeg} with {@code payload} as an {@code APP1} segment right after SOI. */
    public static byte[] withApp1(byte[] jpeg, byte[] payload) {
        return withSegment(jpeg, 0xe1, payload);
    }

    /** {@code jpeg} with an ICC colour profile (small enough for one {@code APP2} segment). */
    public static byte[] withColourProfile(byte[] jpeg, byte[] icc) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII));
        payload.write(1); // chunk 1
        payload.write(1); // of 1
        payload.writeBytes(icc);
        return withSegment(jpeg, 0xe2, payload.toByteArray());
    }

    /**
     * {@code jpeg} as a phone leaves it: EXIF with orientation {@code value} and a GPS position, an XMP packet and a
     * comment that repeat the position, and an IPTC block with the photographer's name.
     */
    public static byte[] fromAPhone(byte[] jpeg, int value) {
        byte[] tagged = withSegment(jpeg, 0xfe, ("shot at " + GPS_TEXT).getBytes(StandardCharsets.US_ASCII));
        tagged = withSegment(tagged, 0xed, "Photoshop 3.0\08BIM by Jane Doe".getBytes(StandardCharsets.US_ASCII));
        tagged = withApp1(tagged, xmp());
        return withOrientation(tagged, value, false);
    }

    /** "Exif\0\0" and a TIFF block: see {@link #tiff}. */
    public static byte[] exif(int orientation, boolean littleEndian) {
        byte[] tiff = tiff(orientation, littleEndian);
        ByteBuffer b = ByteBuffer.allocate(6 + tiff.length);
        b.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
        return b.array();
    }

    /**
     * A TIFF header and IFD0 with DateTime, Orientation and an ImageDescription holding {@link #GPS_TEXT} (ASCII
     * entries pointing past the IFD).
     */
    public static byte[] tiff(int orientation, boolean littleEndian) {
        byte[] date = "2026:11:22 10:00:00\0".getBytes(StandardCharsets.US_ASCII);
        byte[] where = (GPS_TEXT + "\0").getBytes(StandardCharsets.US_ASCII);
        int entries = 3;
        int values = 8 + 2 + 12 * entries + 4;
        ByteBuffer b = ByteBuffer.allocate(values + date.length + where.length)
                .order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        b.put((byte) (littleEndian ? 'I' : 'M')).put((byte) (littleEndian ? 'I' : 'M')).putShort((short) 42).putInt(8);
        b.putShort((short) entries);
        b.putShort((short) 0x0132).putShort((short) 2).putInt(date.length).putInt(values);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putShort((short) 0x010e).putShort((short) 2).putInt(where.length).putInt(values + date.length);
        b.putInt(0);
        b.put(date).put(where);
        return b.array();
    }

    /** {@code png} with an {@code eXIf} chunk (orientation {@code value}) and a text chunk, both before the data. */
    public static byte[] pngWithExif(byte[] png, int value) {
        int afterHeader = 8 + 8 + 13 + 4; // signature, then IHDR's length, type, 13 bytes and CRC
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        byte[] exif = tiff(value, false);
        ImageEncoder.pngChunk(out, "eXIf", exif, exif.length);
        byte[] text = ("Comment\0shot at " + GPS_TEXT).getBytes(StandardCharsets.ISO_8859_1);
        ImageEncoder.pngChunk(out, "tEXt", text, text.length);
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /**
     * A simple WebP ({@code VP8 } or {@code VP8L} after the RIFF header) turned into an extended one: a {@code VP8X}
     * header declaring EXIF and XMP, the image, then {@code EXIF} (orientation {@code value}) and {@code XMP } chunks.
     */
    public static byte[] webpWithExif(byte[] webp, int width, int height, int value) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer vp8x = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put((byte) (0x08 | 0x04)).put(new byte[3]);
        vp8x.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        vp8x.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        riffChunk(body, "VP8X", vp8x.array());
        body.write(webp, 12, webp.length - 12);
        riffChunk(body, "EXIF", tiff(value, false));
        riffChunk(body, "XMP ", xmp());
        byte[] payload = body.toByteArray();
        ByteBuffer out = ByteBuffer.allocate(8 + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(payload.length).put(payload);
        return out.array();
    }

    private static byte[] xmp() {
        return ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'><exif:GPSLatitude>" + GPS_TEXT
                + "</exif:GPSLatitude></x:xmpmeta>").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] withSegment(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xff);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xff);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void riffChunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
        out.writeBytes(data);
        if (data.length % 2 == 1) {
            out.write(0);
        }
    }
}
