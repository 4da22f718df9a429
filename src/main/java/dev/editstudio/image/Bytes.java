package dev.editstudio.image;

import java.nio.charset.StandardCharsets;

/** Reading numbers and tags out of an untrusted file's bytes; callers check offsets against the bytes there. */
final class Bytes {

    private Bytes() {}

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

    /** {@code length} bytes at {@code at} as Latin-1 text (tags such as "IHDR", "ftyp"). */
    static String ascii(byte[] b, int at, int length) {
        return new String(b, at, length, StandardCharsets.ISO_8859_1);
    }

    /** Whether the bytes at {@code at} spell {@code ascii}; false where the file ends first. */
    static boolean startsWith(byte[] b, int at, String ascii) {
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
}
