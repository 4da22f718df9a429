package dev.editstudio.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * JPEGs as cameras and phones write them: an {@code APP1 "Exif"} segment with an orientation tag, an {@code APP2}
 * colour profile.
 */
public final class CameraJpegs {

    private CameraJpegs() {}

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
        payload.writeBytes("ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        payload.write(1); // chunk 1
        payload.write(1); // of 1
        payload.writeBytes(icc);
        return withSegment(jpeg, 0xe2, payload.toByteArray());
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

    /** "Exif\0\0", a TIFF header and IFD0 with DateTime (an ASCII entry pointing past the IFD) and Orientation. */
    public static byte[] exif(int orientation, boolean littleEndian) {
        byte[] date = "2026:11:22 10:00:00\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(6 + 8 + 2 + 2 * 12 + 4 + date.length)
                .order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        b.put("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        b.put((byte) (littleEndian ? 'I' : 'M')).put((byte) (littleEndian ? 'I' : 'M')).putShort((short) 42).putInt(8);
        b.putShort((short) 2);
        b.putShort((short) 0x0132).putShort((short) 2).putInt(date.length).putInt(8 + 2 + 2 * 12 + 4);
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        b.putInt(0);
        b.put(date);
        return b.array();
    }
}
