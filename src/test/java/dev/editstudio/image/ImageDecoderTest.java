package dev.editstudio.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editstudio.base.error.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {

    static final Path PHOTOS = Path.of(System.getProperty("test.eval.dir", "../shared/eval"), "images");
    private final ImageDecoder decoder = new ImageDecoder(40_000_000L, 25 * 1024 * 1024);

    static byte[] photo(String name) throws IOException {
        return Files.readAllBytes(PHOTOS.resolve(name));
    }

    @Test
    void aRealPhotoDecodesToTheSamePixelsImageIoReads() throws IOException {
        byte[] png = photo("kodim04.png");
        DecodedImage decoded = decoder.decode(png);
        var reference = ImageIO.read(PHOTOS.resolve("kodim04.png").toFile());
        assertEquals(reference.getWidth(), decoded.width());
        assertEquals(reference.getHeight(), decoded.height());
        for (int[] xy : new int[][] {{0, 0}, {100, 200}, {decoded.width() - 1, decoded.height() - 1}}) {
            int rgb = reference.getRGB(xy[0], xy[1]);
            int i = (xy[1] * decoded.width() + xy[0]) * decoded.channels();
            assertEquals((rgb >> 16) & 0xff, decoded.data()[i] & 0xff);
            assertEquals((rgb >> 8) & 0xff, decoded.data()[i + 1] & 0xff);
            assertEquals(rgb & 0xff, decoded.data()[i + 2] & 0xff);
        }
    }

    @Test
    void ourPngEncoderIsLosslessAndJpegThumbnailsAreSmall() throws IOException {
        DecodedImage photo = decoder.decode(photo("kodim20.png"));
        byte[] png = ImageEncoder.png(photo);
        assertArrayEquals(photo.data(), decoder.decode(png).data());
        DecodedImage rgba = new DecodedImage(3, 2, 4, new byte[] {1, 2, 3, 0, 4, 5, 6, 50, 7, 8, 9, (byte) 255,
            10, 11, 12, 1, 13, 14, 15, 2, 16, 17, 18, 3});
        assertArrayEquals(rgba.data(), decoder.decode(ImageEncoder.png(rgba)).data());

        byte[] thumb = ImageEncoder.thumbnail(photo, 256);
        ImageProbe probe = decoder.probe(thumb);
        assertEquals(ImageFormat.JPEG, probe.format());
        assertEquals(256, Math.max(probe.width(), probe.height()));
        assertTrue(thumb.length < 40_000, "thumbnail has " + thumb.length + " bytes");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderAlone() {
        byte[] bomb = pngHeaderOnly(100_000, 100_000); // 10 gigapixels declared in a file of ~60 bytes
        ApiException e = assertThrows(ApiException.class, () -> decoder.decode(bomb));
        assertEquals(413, e.status());
        assertEquals("image_too_large", e.code());
        assertTrue(e.getMessage().contains("100000 × 100000"), e.getMessage());
    }

    @Test
    void tooManyBytesAreRefusedBeforeLookingInside() {
        ApiException e = assertThrows(ApiException.class, () -> decoder.checkSize(26L * 1024 * 1024));
        assertEquals(413, e.status());
        assertTrue(e.getMessage().contains("25 MB"), e.getMessage());
    }

    @Test
    void truncatedAndCorruptImagesAreRefused() throws IOException {
        byte[] png = photo("kodim02.png");
        ApiException truncatedPng = assertThrows(ApiException.class,
                () -> decoder.decode(Arrays.copyOf(png, png.length / 2)));
        assertEquals(400, truncatedPng.status());
        assertEquals("invalid_image", truncatedPng.code());

        byte[] jpeg = ImageEncoder.jpeg(decoder.decode(png), 0.9f);
        assertEquals(ImageFormat.JPEG, decoder.probe(jpeg).format());
        ApiException truncatedJpeg = assertThrows(ApiException.class,
                () -> decoder.decode(Arrays.copyOf(jpeg, jpeg.length * 2 / 3)));
        assertEquals("invalid_image", truncatedJpeg.code());

        byte[] garbled = png.clone();
        Arrays.fill(garbled, 40, garbled.length, (byte) 0x5a);
        assertEquals("invalid_image", assertThrows(ApiException.class, () -> decoder.decode(garbled)).code());
    }

    @Test
    void filesThatAreNotImagesAreUnsupportedMediaTypes() {
        ApiException text = assertThrows(ApiException.class, () -> decoder.decode("hello, world".getBytes()));
        assertEquals(415, text.status());
        assertEquals("unsupported_image_format", text.code());
        assertEquals("invalid_image", assertThrows(ApiException.class, () -> decoder.decode(new byte[0])).code());
        assertTrue(text.getMessage().contains("not a PNG, JPEG, WebP, GIF or BMP"), text.getMessage());
    }

    @Test
    void cmykJpegsAreRefusedRatherThanShownInWashedOutColours() throws IOException {
        ApiException e = assertThrows(ApiException.class, () -> decoder.decode(resource("kodim20-crop-cmyk.jpg")));
        assertEquals(400, e.status());
        assertEquals("invalid_image", e.code());
        assertTrue(e.getMessage().contains("CMYK") && e.getMessage().contains("save it in RGB"), e.getMessage());
    }

    @Test
    void commonFormatsThatCannotBeReadAreNamedWithWhatToDo() {
        // the first bytes of an iPhone photo, an AVIF (major brand mif1, avif among the compatible ones), a TIFF
        byte[] heic = iso("heic", "mif1", "heic");
        byte[] avif = iso("mif1", "avif", "miaf");
        byte[] tiff = {'M', 'M', 0, '*', 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0};
        ApiException e = assertThrows(ApiException.class, () -> decoder.decode(heic));
        assertEquals(415, e.status());
        assertEquals("unsupported_image_format", e.code());
        assertTrue(e.getMessage().startsWith("this is a HEIC photo") && e.getMessage().contains("Most Compatible"),
                e.getMessage());
        assertTrue(assertThrows(ApiException.class, () -> decoder.decode(avif)).getMessage()
                .startsWith("this is an AVIF image, which cannot be read here: save it as PNG, JPEG or WebP"));
        assertTrue(assertThrows(ApiException.class, () -> decoder.decode(tiff)).getMessage()
                .startsWith("this is a TIFF image"));
        assertTrue(assertThrows(ApiException.class, () -> decoder.decode(iso("mif1", "heic", "miaf"))).getMessage()
                .startsWith("this is a HEIF photo"));
    }

    /** An ISO media file's first box: {@code ftyp}, a major brand and compatible brands, then a box of padding. */
    private static byte[] iso(String major, String... compatible) {
        ByteBuffer b = ByteBuffer.allocate(16 + 4 * compatible.length + 8);
        b.putInt(16 + 4 * compatible.length).put("ftyp".getBytes()).put(major.getBytes()).putInt(0);
        for (String brand : compatible) {
            b.put(brand.getBytes());
        }
        b.putInt(8).put("free".getBytes());
        return b.array();
    }

    @Test
    void webpDecodesLosslessFilesExactlyLossyOnesCloselyAndKeepsAlpha() throws IOException {
        DecodedImage crop = crop(decoder.decode(photo("kodim20.png")), 300, 200, 192, 128);
        byte[] lossless = resource("kodim20-crop-lossless.webp");
        ImageProbe probe = decoder.probe(lossless);
        assertEquals(java.util.List.of(ImageFormat.WEBP, 192, 128), java.util.List.of(probe.format(), probe.width(),
                probe.height()));
        DecodedImage exact = decoder.decode(lossless);
        assertEquals(3, exact.channels());
        assertArrayEquals(crop.data(), exact.data());

        DecodedImage lossy = decoder.decode(resource("kodim20-crop-lossy.webp"));
        double error = 0;
        for (int i = 0; i < crop.data().length; i++) {
            error += Math.abs((crop.data()[i] & 0xff) - (lossy.data()[i] & 0xff));
        }
        error /= crop.data().length;
        assertTrue(error > 0 && error < 4, "quality 80 is close to the photo: mean error " + error);

        // alpha rises from 0 at the left edge; colour is kept wherever a pixel is not fully transparent
        DecodedImage alpha = decoder.decode(resource("kodim20-crop-alpha.webp"));
        assertEquals(4, alpha.channels());
        for (int y = 0; y < 128; y += 41) {
            for (int x = 0; x < 192; x += 7) {
                int i = (y * 192 + x) * 4;
                assertEquals(Math.round(x * 255 / 192.0), alpha.data()[i + 3] & 0xff, 1.0, "alpha at " + x);
                if (x > 0) {
                    int j = (y * 192 + x) * 3;
                    assertArrayEquals(Arrays.copyOfRange(crop.data(), j, j + 3), Arrays.copyOfRange(alpha.data(), i,
                            i + 3), "colour at " + x + "," + y);
                }
            }
        }

        // a cut-off upload is refused, not shown with a black lower half
        for (byte[] whole : java.util.List.of(lossless, resource("kodim20-crop-lossy.webp"))) {
            ApiException truncated = assertThrows(ApiException.class,
                    () -> decoder.decode(Arrays.copyOf(whole, whole.length - 100)));
            assertEquals("invalid_image", truncated.code());
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = ImageDecoderTest.class.getResourceAsStream("/images/" + name)) {
            return in.readAllBytes();
        }
    }

    private static DecodedImage crop(DecodedImage d, int x0, int y0, int w, int h) {
        byte[] out = new byte[w * h * d.channels()];
        for (int y = 0; y < h; y++) {
            System.arraycopy(d.data(), ((y0 + y) * d.width() + x0) * d.channels(), out, y * w * d.channels(),
                    w * d.channels());
        }
        return new DecodedImage(w, h, d.channels(), out);
    }

    /** A PNG whose header declares {@code w × h} followed by one tiny IDAT: valid up to the pixel data. */
    static byte[] pngHeaderOnly(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1000]);
        deflater.finish();
        byte[] z = new byte[100];
        int n = deflater.deflate(z);
        chunk(out, "IDAT", Arrays.copyOf(z, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(type.getBytes());
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes());
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
