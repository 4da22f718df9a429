package dev.editstudio.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editstudio.model.build.ModelBuilder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed SavedModel, run through TensorFlow Java on real photos. */
class EmbeddedEditModelTest {

    static final Path EVAL = Path.of(System.getProperty("test.eval.dir", "../shared/eval"));
    static EmbeddedEditModel model;
    static RgbImage photo;

    @BeforeAll
    static void load() throws IOException {
        model = EmbeddedEditModel.load(Path.of("models", ModelBuilder.NAME), "cpu", 2);
        Path kodim = EVAL.resolve("images/kodim04.png");
        if (!Files.exists(kodim)) {
            throw new IllegalStateException("The real test photos are expected in " + EVAL.toAbsolutePath());
        }
        photo = read(kodim);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    static RgbImage read(Path file) throws IOException {
        BufferedImage img = ImageIO.read(file.toFile());
        byte[] rgb = new byte[img.getWidth() * img.getHeight() * 3];
        for (int y = 0, i = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                rgb[i++] = (byte) (p >> 16);
                rgb[i++] = (byte) (p >> 8);
                rgb[i++] = (byte) p;
            }
        }
        return new RgbImage(img.getWidth(), img.getHeight(), rgb);
    }

    /** A rectangle with a feathered edge of {@code feather} pixels, the way the editor sends selections. */
    static Mask softRectangle(int w, int h, int x0, int y0, int x1, int y1, int feather) {
        float[] a = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int d = Math.min(Math.min(x - x0, x1 - x), Math.min(y - y0, y1 - y));
                a[y * w + x] = d < 0 ? 0f : Math.min(1f, (d + 1f) / (feather + 1f));
            }
        }
        return new Mask(w, h, a);
    }

    static double meanLuma(RgbImage img, Mask mask, boolean inside) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < img.width() * img.height(); i++) {
            if ((mask.alpha()[i] >= 1f) == inside && (inside || mask.alpha()[i] == 0f)) {
                sum += 0.299 * (img.rgb()[3 * i] & 0xff) + 0.587 * (img.rgb()[3 * i + 1] & 0xff)
                        + 0.114 * (img.rgb()[3 * i + 2] & 0xff);
                n++;
            }
        }
        return sum / n;
    }

    static void assertUntouchedOutside(RgbImage before, RgbImage after, Mask mask) {
        int changed = 0;
        for (int i = 0; i < before.width() * before.height(); i++) {
            if (mask.alpha()[i] == 0f) {
                for (int c = 0; c < 3; c++) {
                    if (before.rgb()[3 * i + c] != after.rgb()[3 * i + c]) {
                        changed++;
                    }
                }
            }
        }
        assertEquals(0, changed, "bytes changed outside the selection");
    }

    @Test
    void grayscaleInsideTheSelectionOnlyAndBitIdenticalOutside() {
        Mask mask = softRectangle(photo.width(), photo.height(), 200, 100, 500, 400, 8);
        RgbImage out = model.edit(photo, mask, new EditStep("style", Map.of("name", "grayscale")));
        assertEquals(photo.width(), out.width());
        assertUntouchedOutside(photo, out, mask);
        int colourful = 0;
        for (int i = 0; i < photo.width() * photo.height(); i++) {
            if (mask.alpha()[i] >= 1f) {
                int r = out.rgb()[3 * i] & 0xff, g = out.rgb()[3 * i + 1] & 0xff, b = out.rgb()[3 * i + 2] & 0xff;
                if (Math.abs(r - g) > 1 || Math.abs(g - b) > 1) {
                    colourful++;
                }
            }
        }
        assertEquals(0, colourful, "fully selected pixels are grey");
    }

    @Test
    void brightnessAndContrastMoveTheWayTheirSignSays() {
        Mask mask = softRectangle(photo.width(), photo.height(), 100, 100, 400, 300, 0);
        double before = meanLuma(photo, mask, true);
        RgbImage brighter = model.edit(photo, mask, new EditStep("adjust", Map.of("property", "brightness", "amount", 0.4)));
        RgbImage darker = model.edit(photo, mask, new EditStep("adjust", Map.of("property", "brightness", "amount", -0.4)));
        assertTrue(meanLuma(brighter, mask, true) > before + 20);
        assertTrue(meanLuma(darker, mask, true) < before - 20);
        assertUntouchedOutside(photo, brighter, mask);
        assertEquals(meanLuma(photo, mask, false), meanLuma(darker, mask, false), 0.0);
    }

    @Test
    void strengthZeroChangesNothing() {
        Mask all = Mask.all(photo.width(), photo.height());
        RgbImage out = model.edit(photo, all, new EditStep("style", Map.of("name", "invert", "strength", 0.0)));
        assertArrayEquals(photo.rgb(), out.rgb());
    }

    @Test
    void everyStyleAndAdjustmentRunsOnARealPhoto() {
        Mask all = Mask.all(photo.width(), photo.height());
        for (String style : Ops.STYLES) {
            RgbImage out = model.edit(photo, all, new EditStep("style", Map.of("name", style)));
            assertTrue(!java.util.Arrays.equals(photo.rgb(), out.rgb()), style + " changed the photo");
        }
        for (String property : Ops.ADJUST_PROPERTIES) {
            RgbImage out = model.edit(photo, all, new EditStep("adjust", Map.of("property", property, "amount", 0.5)));
            assertTrue(!java.util.Arrays.equals(photo.rgb(), out.rgb()), property + " changed the photo");
        }
    }

    @Test
    void badInputIsRefusedClearly() {
        Mask wrongSize = Mask.all(10, 10);
        assertThrows(IllegalArgumentException.class,
                () -> model.edit(photo, wrongSize, new EditStep("style", Map.of("name", "sepia"))));
        assertThrows(UnsupportedOperationException.class,
                () -> model.edit(photo, Mask.all(photo.width(), photo.height()), new EditStep("teleport", Map.of())));
        assertThrows(UnsupportedOperationException.class, () -> model.edit(photo,
                Mask.all(photo.width(), photo.height()), new EditStep("style", Map.of("name", "baroque"))));
    }

    @Test
    void theModelReportsWhatItCanDo() {
        assertEquals(java.util.Set.of("adjust", "style"), model.info().ops());
        assertEquals(Integer.toString(ModelBuilder.VERSION), model.info().version());
    }

    @Test
    void theBuildIsDeterministicAndMatchesTheCommittedModel(@TempDir Path a) throws IOException {
        ModelBuilder.build(a.resolve("1"));
        Path committed = Path.of("models", ModelBuilder.NAME, Integer.toString(ModelBuilder.VERSION));
        // equal as messages: protobuf writes node attributes (a map) in hash order, so bytes may differ
        assertEquals(org.tensorflow.proto.SavedModel.parseFrom(Files.readAllBytes(committed.resolve("saved_model.pb"))),
                org.tensorflow.proto.SavedModel.parseFrom(Files.readAllBytes(a.resolve("1/saved_model.pb"))));
        assertArrayEquals(Files.readAllBytes(committed.resolve("variables/variables.data-00000-of-00001")),
                Files.readAllBytes(a.resolve("1/variables/variables.data-00000-of-00001")));
    }
}
