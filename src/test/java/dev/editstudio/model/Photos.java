package dev.editstudio.model;

import dev.editstudio.model.build.ModelBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** The real photos of ../shared/eval and the committed model, loaded once for all model tests. */
final class Photos {

    static final Path EVAL = Path.of(System.getProperty("test.eval.dir", "../shared/eval"));
    private static EmbeddedEditModel model;

    private Photos() {}

    static synchronized EmbeddedEditModel model() {
        if (model == null) {
            model = EmbeddedEditModel.load(Path.of("models", ModelBuilder.NAME), "cpu", 2);
            Runtime.getRuntime().addShutdownHook(new Thread(model::close));
        }
        return model;
    }

    static Raster read(String name) {
        Path file = EVAL.resolve("images").resolve(name);
        if (!Files.exists(file)) {
            throw new IllegalStateException("The real test photos are expected in " + file.toAbsolutePath());
        }
        try {
            return Raster.of(ImageIO.read(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rectangle with a feathered edge of {@code feather} pixels, the way the editor sends selections. */
    static Mask softRectangle(int w, int h, int x0, int y0, int x1, int y1, int feather) {
        float[] a = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int d = Math.min(Math.min(x - x0, x1 - 1 - x), Math.min(y - y0, y1 - 1 - y));
                a[y * w + x] = d < 0 ? 0f : Math.min(1f, (d + 1f) / (feather + 1f));
            }
        }
        return new Mask(w, h, a);
    }

    static int px(Raster r, int x, int y, int c) {
        return r.data()[(y * r.width() + x) * r.channels() + c] & 0xff;
    }

    static double luma(Raster r, int x, int y) {
        return 0.299 * px(r, x, y, 0) + 0.587 * px(r, x, y, 1) + 0.114 * px(r, x, y, 2);
    }

    /** Mean luma over the pixels whose mask weight is 1 ({@code inside}) or 0 (not inside). */
    static double meanLuma(Raster img, Mask mask, boolean inside) {
        double sum = 0;
        long n = 0;
        for (int y = 0; y < img.height(); y++) {
            for (int x = 0; x < img.width(); x++) {
                float a = mask.alpha()[y * img.width() + x];
                if (inside ? a >= 1f : a == 0f) {
                    sum += luma(img, x, y);
                    n++;
                }
            }
        }
        return sum / n;
    }

    /** Number of bytes that differ where the mask is exactly 0. */
    static int changedOutside(Raster before, Raster after, Mask mask) {
        int changed = 0;
        for (int i = 0; i < before.width() * before.height(); i++) {
            if (mask.alpha()[i] == 0f) {
                for (int c = 0; c < 3; c++) {
                    if (before.data()[3 * i + c] != after.data()[after.channels() * i + c]) {
                        changed++;
                    }
                }
            }
        }
        return changed;
    }

    /** Mean absolute difference over the pixels whose mask weight is 1. */
    static double meanDifferenceInside(Raster a, Raster b, Mask mask) {
        double sum = 0;
        long n = 0;
        for (int i = 0; i < a.width() * a.height(); i++) {
            if (mask.alpha()[i] >= 1f) {
                for (int c = 0; c < 3; c++) {
                    sum += Math.abs((a.data()[3 * i + c] & 0xff) - (b.data()[b.channels() * i + c] & 0xff));
                    n++;
                }
            }
        }
        return sum / n;
    }

    /** Mean squared difference of neighbouring pixels' luma inside the mask: how much fine detail there is. */
    static double detail(Raster r, Mask mask) {
        double sum = 0;
        long n = 0;
        for (int y = 0; y < r.height(); y++) {
            for (int x = 0; x + 1 < r.width(); x++) {
                if (mask.alpha()[y * r.width() + x] >= 1f && mask.alpha()[y * r.width() + x + 1] >= 1f) {
                    double d = luma(r, x, y) - luma(r, x + 1, y);
                    sum += d * d;
                    n++;
                }
            }
        }
        return sum / n;
    }
}
