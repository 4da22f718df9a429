package dev.editstudio.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;

class MetadataStripperTest {

    private final ImageDecoder decoder = new ImageDecoder(40_000_000L, 25 * 1024 * 1024);

    /** What must not leave with a public copy: the position, the time, the photographer, XMP itself. */
    private static final List<String> PRIVATE = List.of(TaggedImages.GPS_TEXT, "2026:11:22", "Jane Doe", "xmpmeta");

    @Test
    void aPhoneJpegLosesPositionTimeAndAuthorButKeepsPixelsProfileAndOrientation() throws IOException {
        byte[] jpeg = ImageEncoder.jpeg(decoder.decode(ImageDecoderTest.photo("kodim20.png")), 0.9f);
        byte[] phone = TaggedImages.fromAPhone(TaggedImages.withColourProfile(jpeg,
                ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData()), 6);
        assertContainsAll(phone);

        byte[] stripped = MetadataStripper.strip(phone, ImageFormat.JPEG).orElseThrow();
        assertContainsNone(stripped);
        assertTrue(text(stripped).contains("ICC_PROFILE"), "the colour profile stays");
        assertEquals(Orientation.QUARTER_TURN_CLOCKWISE, ExifReader.orientation(stripped, ImageFormat.JPEG));
        DecodedImage shown = decoder.decode(phone);
        DecodedImage copy = decoder.decode(stripped);
        assertEquals(List.of(512, 768), List.of(copy.width(), copy.height()));
        assertArrayEquals(shown.data(), copy.data());
        assertTrue(stripped.length < phone.length);
    }

    @Test
    void aProgressiveJpegKeepsAllItsScans() throws IOException {
        // several scans with Huffman tables between them: everything from the first scan to the EOI is image data
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(ImageIO.read(ImageDecoderTest.PHOTOS.resolve("kodim20.png").toFile()), null,
                    null), param);
        } finally {
            writer.dispose();
        }
        byte[] phone = TaggedImages.fromAPhone(bytes.toByteArray(), 6);
        byte[] stripped = MetadataStripper.strip(phone, ImageFormat.JPEG).orElseThrow();
        assertContainsNone(stripped);
        assertArrayEquals(decoder.decode(phone).data(), decoder.decode(stripped).data());
    }

    @Test
    void aJpegWithNothingToHideComesBackByteForByte() throws IOException {
        byte[] jpeg = ImageEncoder.jpeg(decoder.decode(ImageDecoderTest.photo("kodim20.png")), 0.9f);
        assertArrayEquals(jpeg, MetadataStripper.strip(jpeg, ImageFormat.JPEG).orElseThrow());
    }

    @Test
    void aSecondImageAppendedToAJpegWithItsOwnExifIsCutOff() throws IOException {
        byte[] jpeg = ImageEncoder.jpeg(decoder.decode(ImageDecoderTest.photo("kodim20.png")), 0.9f);
        // as Ultra HDR and multi-picture JPEGs do: a gain map or preview, itself a JPEG with metadata, after the EOI
        byte[] appended = TaggedImages.withOrientation(jpeg, 1, true);
        byte[] both = Arrays.copyOf(jpeg, jpeg.length + appended.length);
        System.arraycopy(appended, 0, both, jpeg.length, appended.length);
        assertTrue(text(both).contains(TaggedImages.GPS_TEXT));
        assertArrayEquals(jpeg, MetadataStripper.strip(both, ImageFormat.JPEG).orElseThrow());
    }

    @Test
    void pngTextAndExifChunksGoAndItsOrientationStays() throws IOException {
        byte[] png = TaggedImages.pngWithExif(ImageDecoderTest.photo("kodim20.png"), 8);
        assertTrue(text(png).contains(TaggedImages.GPS_TEXT));
        DecodedImage shown = decoder.decode(png);
        assertEquals(512, shown.width(), "Chromium turns a PNG by its eXIf chunk, and so does the decoder");

        byte[] stripped = MetadataStripper.strip(png, ImageFormat.PNG).orElseThrow();
        assertFalse(text(stripped).contains(TaggedImages.GPS_TEXT));
        assertFalse(text(stripped).contains("2026:11:22"));
        assertEquals(Orientation.QUARTER_TURN_ANTICLOCKWISE, ExifReader.orientation(stripped, ImageFormat.PNG));
        assertArrayEquals(shown.data(), decoder.decode(stripped).data());
    }

    @Test
    void webpExifAndXmpChunksGoWithTheirHeaderFlags() throws IOException {
        byte[] simple;
        try (var in = getClass().getResourceAsStream("/images/kodim20-crop-lossless.webp")) {
            simple = in.readAllBytes();
        }
        byte[] tagged = TaggedImages.webpWithExif(simple, 192, 128, 6);
        assertContainsAll(tagged, TaggedImages.GPS_TEXT, "xmpmeta");
        DecodedImage shown = decoder.decode(tagged);
        assertEquals(192, shown.width(), "a WebP's EXIF orientation is not applied, as in Chromium");

        byte[] stripped = MetadataStripper.strip(tagged, ImageFormat.WEBP).orElseThrow();
        assertContainsNone(stripped);
        assertEquals(0, stripped[20] & (0x08 | 0x04), "VP8X no longer declares EXIF or XMP");
        long riffSize = (stripped[4] & 0xffL) | (stripped[5] & 0xffL) << 8 | (stripped[6] & 0xffL) << 16
                | (stripped[7] & 0xffL) << 24;
        assertEquals(stripped.length - 8, riffSize);
        assertArrayEquals(shown.data(), decoder.decode(stripped).data());
    }

    @Test
    void aJpegWhoseSegmentsCannotBeWalkedIsLeftToTheCallerToReencode() throws IOException {
        byte[] jpeg = ImageEncoder.jpeg(decoder.decode(ImageDecoderTest.photo("kodim20.png")), 0.9f);
        byte[] broken = TaggedImages.fromAPhone(jpeg, 1);
        broken[4] = (byte) 0x7f; // the first segment claims 32 KB more than the file has
        broken[5] = (byte) 0xff;
        assertTrue(MetadataStripper.strip(Arrays.copyOf(broken, 20_000), ImageFormat.JPEG).isEmpty());
    }

    private static void assertContainsAll(byte[] file, String... words) {
        for (String w : words.length == 0 ? PRIVATE.toArray(String[]::new) : words) {
            assertTrue(text(file).contains(w), "the tagged file holds " + w);
        }
    }

    private static void assertContainsNone(byte[] file) {
        for (String w : PRIVATE) {
            assertFalse(text(file).contains(w), "the copy still holds " + w);
        }
    }

    private static String text(byte[] file) {
        return new String(file, StandardCharsets.ISO_8859_1);
    }
}
