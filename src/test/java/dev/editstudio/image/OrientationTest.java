package dev.editstudio.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrientationTest {

    private final ImageDecoder decoder = new ImageDecoder(40_000_000L, 25 * 1024 * 1024);

    /**
     * A 3 x 2 image whose pixels are numbered 1..6 row by row, shown in each of the eight orientations as the EXIF
     * specification draws them; Chromium shows a JPEG of six such blocks the same way, and {@code EditorIT} compares
     * a real photo under all eight with Chromium's drawing.
     */
    @Test
    void eachOrientationShowsTheStoredPixelsAsTheExifSpecificationDrawsThem() {
        DecodedImage stored = numbered(3, 2);
        // stored:   1 2 3
        //           4 5 6
        int[][] shown = {
            {1, 2, 3, 4, 5, 6}, // 1: as stored, 3 x 2
            {3, 2, 1, 6, 5, 4}, // 2: mirrored
            {6, 5, 4, 3, 2, 1}, // 3: half turn
            {4, 5, 6, 1, 2, 3}, // 4: upside down mirror
            {1, 4, 2, 5, 3, 6}, // 5: transposed, 2 x 3
            {4, 1, 5, 2, 6, 3}, // 6: quarter turn clockwise
            {6, 3, 5, 2, 4, 1}, // 7: transversed
            {3, 6, 2, 5, 1, 4}, // 8: quarter turn anticlockwise
        };
        for (int value = 1; value <= 8; value++) {
            Orientation o = Orientation.ofExif(value);
            assertEquals(value, o.exifValue());
            DecodedImage d = o.apply(stored);
            assertEquals(value >= 5 ? 2 : 3, d.width(), "width for " + o);
            assertEquals(value >= 5 ? 3 : 2, d.height(), "height for " + o);
            assertArrayEquals(shown[value - 1], labels(d), "pixels for " + o);
        }
    }

    @Test
    void valuesOutsideOneToEightAreShownAsStored() {
        for (int value : new int[] {0, 9, 255, -1, 65535}) {
            assertSame(Orientation.NORMAL, Orientation.ofExif(value));
        }
        DecodedImage stored = numbered(3, 2);
        assertSame(stored, Orientation.NORMAL.apply(stored));
    }

    @Test
    void fourChannelPixelsKeepTheirAlphaWhenTurned() {
        DecodedImage rgba = new DecodedImage(2, 1, 4, new byte[] {1, 2, 3, 40, 5, 6, 7, 80});
        DecodedImage turned = Orientation.QUARTER_TURN_CLOCKWISE.apply(rgba);
        assertEquals(1, turned.width());
        assertEquals(2, turned.height());
        assertArrayEquals(new byte[] {1, 2, 3, 40, 5, 6, 7, 80}, turned.data());
        assertArrayEquals(new byte[] {5, 6, 7, 80, 1, 2, 3, 40}, Orientation.MIRRORED.apply(rgba).data());
    }

    /** A phone's portrait JPEG: stored 768 x 512 with orientation 6, decoded upright, pixel for pixel. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aCameraJpegDecodesUprightInEitherByteOrder(boolean littleEndian) throws IOException {
        byte[] jpeg = ImageEncoder.jpeg(decoder.decode(ImageDecoderTest.photo("kodim20.png")), 0.9f);
        DecodedImage stored = decoder.decode(jpeg);
        for (int value = 1; value <= 8; value++) {
            byte[] camera = TaggedImages.withOrientation(jpeg, value, littleEndian);
            DecodedImage upright = decoder.decode(camera);
            DecodedImage expected = Orientation.ofExif(value).apply(stored);
            assertEquals(expected.width(), upright.width());
            assertArrayEquals(expected.data(), upright.data(), "orientation " + value);
            ImageProbe probe = decoder.probe(camera);
            assertEquals(java.util.List.of(expected.width(), expected.height()), java.util.List.of(probe.width(), probe.height()));
        }
        assertEquals(512, decoder.probe(TaggedImages.withOrientation(jpeg, 6, littleEndian)).width());
    }

    /** Damaged or odd EXIF never stops a decode: the pixels are good, so they are shown as stored. */
    @Test
    void damagedExifBlocksAreIgnored() throws IOException {
        byte[] jpeg = ImageEncoder.jpeg(decoder.decode(ImageDecoderTest.photo("kodim20.png")), 0.9f);
        byte[] stored = decoder.decode(jpeg).data();
        byte[] good = TaggedImages.exif(6, false);
        byte[][] damaged = {
            Arrays.copyOf(good, 10), // cut inside the TIFF header
            Arrays.copyOf(good, 30), // cut inside the first entry
            withInt(good, 6 + 4, 0x7fff_fff0), // IFD0 far beyond the segment
            withShort(good, 6 + 2, 43), // not TIFF's 42
            withShort(good, 6 + 8 + 2 + 12 + 2, 4), // orientation as a LONG, not a SHORT
            withShort(good, 6 + 8 + 2 + 12 + 8, 9), // orientation 9
            withShort(good, 6 + 8, 1), // IFD0 declares only the date: the orientation after it is not part of it
            "Exif\0\0XX\0*\0\0\0\b".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), // unknown byte order
        };
        for (byte[] payload : damaged) {
            DecodedImage d = decoder.decode(TaggedImages.withApp1(jpeg, payload));
            assertEquals(768, d.width());
            assertArrayEquals(stored, d.data());
        }
        // an IFD0 that declares more entries than the segment holds: read up to the segment's end
        assertEquals(512, decoder.decode(TaggedImages.withApp1(jpeg, withShort(good, 6 + 8, 0xffff))).width());
        // an APP1 segment that is not EXIF (XMP, say) before the EXIF one: the EXIF one still counts
        byte[] xmp = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] both = TaggedImages.withApp1(TaggedImages.withOrientation(jpeg, 8, true), xmp);
        assertEquals(512, decoder.decode(both).width());
    }

    @Test
    void pngsAreTurnedByTheirExifChunkAndWebpsAreNotAsInChromium() throws IOException {
        byte[] png = ImageDecoderTest.photo("kodim20.png");
        DecodedImage stored = decoder.decode(png);
        DecodedImage turned = decoder.decode(TaggedImages.pngWithExif(png, 6));
        assertArrayEquals(Orientation.QUARTER_TURN_CLOCKWISE.apply(stored).data(), turned.data());
        assertEquals(512, decoder.probe(TaggedImages.pngWithExif(png, 6)).width());
        // an eXIf chunk after the image data is not read, as in Chromium's PNG decoder
        byte[] late = moveExifToTheEnd(TaggedImages.pngWithExif(png, 6));
        assertSame(Orientation.NORMAL, ExifReader.orientation(late, ImageFormat.PNG));
        assertEquals(768, decoder.decode(late).width());
        byte[] webp;
        try (var in = getClass().getResourceAsStream("/images/kodim20-crop-lossless.webp")) {
            webp = in.readAllBytes();
        }
        assertEquals(192, decoder.decode(TaggedImages.webpWithExif(webp, 192, 128, 6)).width());
    }

    /** {@code png} (as made by {@link TaggedImages#pngWithExif}) with its eXIf chunk moved to just before IEND. */
    private static byte[] moveExifToTheEnd(byte[] png) {
        int exifStart = 8 + 25;
        int exifEnd = exifStart + 12 + java.nio.ByteBuffer.wrap(png, exifStart, 4).getInt();
        byte[] exif = Arrays.copyOfRange(png, exifStart, exifEnd);
        byte[] rest = new byte[png.length - exif.length];
        System.arraycopy(png, 0, rest, 0, exifStart);
        System.arraycopy(png, exifEnd, rest, exifStart, png.length - exifEnd);
        int iend = rest.length - 12;
        byte[] out = new byte[png.length];
        System.arraycopy(rest, 0, out, 0, iend);
        System.arraycopy(exif, 0, out, iend, exif.length);
        System.arraycopy(rest, iend, out, iend + exif.length, 12);
        return out;
    }

    private static DecodedImage numbered(int w, int h) {
        byte[] data = new byte[w * h * 3];
        for (int i = 0; i < w * h; i++) {
            Arrays.fill(data, i * 3, i * 3 + 3, (byte) (i + 1));
        }
        return new DecodedImage(w, h, 3, data);
    }

    private static int[] labels(DecodedImage d) {
        int[] out = new int[d.width() * d.height()];
        for (int i = 0; i < out.length; i++) {
            out[i] = d.data()[i * 3];
        }
        return out;
    }

    private static byte[] withShort(byte[] b, int at, int value) {
        byte[] c = b.clone();
        c[at] = (byte) (value >> 8);
        c[at + 1] = (byte) value;
        return c;
    }

    private static byte[] withInt(byte[] b, int at, int value) {
        byte[] c = withShort(b, at, value >>> 16);
        return withShort(c, at + 2, value & 0xffff);
    }
}
