package dev.editstudio.model.build;

import dev.editstudio.model.EditStep;
import dev.editstudio.model.EmbeddedEditModel;
import dev.editstudio.model.Mask;
import dev.editstudio.model.Raster;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Measures the committed model on this machine (run by {@code bin/benchmark-model}): per-op latency at 1024² and
 * 2048² beside ImageMagick doing the nearest equivalent in the same run, and object removal on the evaluation
 * photos, writing originals, holes and fills for {@code bin/inpaint-compare.py} to score against OpenCV.
 */
public final class ModelBenchmark {

    private static final int RUNS = 15;
    private static final int BATCHES = 5;
    private static final long WARM_UP_NANOS = TimeUnit.SECONDS.toNanos(3);

    record Case(String name, EditStep step, String magick) {}

    private ModelBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path eval = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.resolve("inpaint"));
        try (EmbeddedEditModel model = EmbeddedEditModel.load(Path.of("models", ModelBuilder.NAME), "cpu", 0)) {
            latency(model, eval, out);
            removal(model, eval, out.resolve("inpaint"));
        }
    }

    static void latency(EmbeddedEditModel model, Path eval, Path out) throws Exception {
        List<Case> cases = cases();
        BufferedImage photo = ImageIO.read(eval.resolve("images/kodim08.png").toFile());
        System.out.println("| op | size | EditStudio ms | ImageMagick ms | ratio | EditStudio batches | ImageMagick batches |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        for (int size : new int[] {1024, 2048}) {
            BufferedImage scaled = scale(photo, size);
            Path png = out.resolve("bench-" + size + ".png");
            ImageIO.write(scaled, "png", png.toFile());
            Path mpc = out.resolve("bench-" + size + ".mpc");
            run("convert", png.toString(), mpc.toString());
            Raster raster = Raster.of(scaled);
            Mask all = Mask.all(size, size);
            // every op of this size once before any is timed, so that first-call allocations and the JVM's first young
            // collections (which copy the long-lived rasters between survivor spaces, 17-25 ms each) fall outside the
            // means; a single warm-up call per op had left one such pause in a mean now and then
            for (Case c : cases) {
                model.edit(raster, all, c.step(), 1);
            }
            for (Case c : cases) {
                System.gc();
                Timing ours = timeRuns(() -> model.edit(raster, all, c.step(), 1));
                Timing im = time(() -> magick(mpc, c.magick()));
                System.out.printf("| %s | %d² | %.1f | %.1f | %.2f | %s | %s |%n", c.name(), size, ours.median(),
                        im.median(), ours.median() / im.median(), ours.range(), im.range());
            }
            if (size == 1024) {
                Mask hole = rectangle(size, size, 0.05, new Random(5));
                System.gc();
                Timing removal = timeRuns(() -> model.edit(raster, hole, new EditStep("remove", Map.of()), 1));
                System.out.printf("| remove (5%% hole) | %d² | %.0f | – | – | %s | – |%n", size, removal.median(),
                        removal.range());
            }
        }
        System.out.println();
    }

    /** The timed ops, each with ImageMagick's nearest equivalent. */
    static List<Case> cases() {
        return List.of(
                new Case("grayscale", new EditStep("style", Map.of("name", "grayscale")), "-colorspace Gray"),
                new Case("brightness", new EditStep("adjust", Map.of("property", "brightness", "amount", 0.3)),
                        "-brightness-contrast 30x0"),
                new Case("blur (σ 8)", new EditStep("blur", Map.of("target", "image", "radius", 16)), "-blur 0x8"),
                new Case("sharpen", new EditStep("sharpen", Map.of("amount", 0.5)), "-unsharp 0x1.2+1.0+0"),
                new Case("rotate 90°", new EditStep("rotate", Map.of("degrees", 90)), "-rotate 90"),
                new Case("resize 2× (upscale)", new EditStep("upscale", Map.of("factor", 2)), "-resize 200%"));
    }

    /** Holes of 2–10% of the image (rectangles and blobs), fixed seed; our fill written beside the original. */
    static void removal(EmbeddedEditModel model, Path eval, Path out) throws IOException {
        Random random = new Random(42);
        List<Path> photos;
        try (var files = Files.list(eval.resolve("images"))) {
            photos = files.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        long totalMs = 0;
        int n = 0;
        for (Path p : photos) {
            BufferedImage img = ImageIO.read(p.toFile());
            Raster raster = Raster.of(img);
            String stem = p.getFileName().toString().replace(".png", "");
            ImageIO.write(img, "png", out.resolve(stem + ".png").toFile());
            for (int k = 0; k < 4; k++) {
                double fraction = 0.02 + random.nextDouble() * 0.08;
                Mask hole = k % 2 == 0 ? rectangle(img.getWidth(), img.getHeight(), fraction, random)
                        : blob(img.getWidth(), img.getHeight(), fraction, random);
                long t0 = System.nanoTime();
                Raster filled = model.edit(raster, hole, new EditStep("remove", Map.of()), 1);
                totalMs += (System.nanoTime() - t0) / 1_000_000;
                n++;
                writeMask(hole, out.resolve(stem + "-hole" + k + ".png"));
                ImageIO.write(toImage(filled), "png", out.resolve(stem + "-hole" + k + "-ours.png").toFile());
            }
        }
        System.out.printf("Removal: %d holes filled, mean %.0f ms each%n", n, (double) totalMs / n);
    }

    static Mask rectangle(int w, int h, double fraction, Random random) {
        double area = fraction * w * h;
        double aspect = 0.5 + random.nextDouble() * 1.5;
        int hh = (int) Math.sqrt(area / aspect);
        int ww = (int) (area / hh);
        int y0 = random.nextInt(h - hh);
        int x0 = random.nextInt(w - ww);
        float[] a = new float[w * h];
        for (int y = y0; y < y0 + hh; y++) {
            Arrays.fill(a, y * w + x0, y * w + x0 + ww, 1f);
        }
        return new Mask(w, h, a);
    }

    /** A random walk of overlapping discs, like a brushed selection. */
    static Mask blob(int w, int h, double fraction, Random random) {
        BufferedImage canvas = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = canvas.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        double cx = w * (0.25 + random.nextDouble() * 0.5);
        double cy = h * (0.25 + random.nextDouble() * 0.5);
        float[] a = new float[w * h];
        double covered = 0;
        while (covered < fraction * w * h) {
            double r = 10 + random.nextInt(25);
            g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
            cx = Math.max(r, Math.min(w - r, cx + random.nextInt(41) - 20));
            cy = Math.max(r, Math.min(h - r, cy + random.nextInt(41) - 20));
            byte[] px = ((java.awt.image.DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
            covered = 0;
            for (byte b : px) {
                covered += b != 0 ? 1 : 0;
            }
        }
        g.dispose();
        byte[] px = ((java.awt.image.DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < a.length; i++) {
            a[i] = px[i] != 0 ? 1f : 0f;
        }
        return new Mask(w, h, a);
    }

    interface Work {
        void run() throws Exception;
    }

    /** Mean milliseconds of {@link #RUNS} runs after one warm-up: the statistic ImageMagick's {@code -bench} reports. */
    static double meanMs(Work work) throws Exception {
        work.run();
        return batchMs(work);
    }

    private static double batchMs(Work work) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            work.run();
        }
        return (System.nanoTime() - t0) / 1e6 / RUNS;
    }

    /** Batch means in milliseconds: the median is the table's figure, the lowest and highest show the spread. */
    record Timing(double median, double lowest, double highest) {

        String range() {
            return String.format(Locale.ROOT, "%.1f–%.1f", lowest, highest);
        }
    }

    /**
     * {@link #BATCHES} batch means of one operation, after batches that are run and dropped for at least
     * {@link #WARM_UP_NANOS} (one at least). A fresh JVM needs that: in its first hundred calls the quarter turn at
     * 1024² took 3–4 ms a call, later 1.8–2.9. One batch can also catch a young collection or a neighbour's burst, so
     * the median of a few is the figure. Both programs are timed this way.
     */
    static Timing time(Timed timed) throws Exception {
        return time(timed, WARM_UP_NANOS);
    }

    static Timing time(Timed timed, long warmUpNanos) throws Exception {
        long warmUpStart = System.nanoTime();
        do {
            timed.ms();
        } while (System.nanoTime() - warmUpStart < warmUpNanos);
        double[] means = new double[BATCHES];
        for (int i = 0; i < BATCHES; i++) {
            means[i] = timed.ms();
        }
        Arrays.sort(means);
        return new Timing(means[BATCHES / 2], means[0], means[BATCHES - 1]);
    }

    private static Timing timeRuns(Work work) throws Exception {
        return time(() -> batchMs(work));
    }

    /** One batch: the mean milliseconds of {@link #RUNS} runs. */
    interface Timed {
        double ms() throws Exception;
    }

    /**
     * Milliseconds per run of one ImageMagick operation, timed by ImageMagick itself ({@code -bench}, its own
     * thread count; the pixel cache read from MPC, the result dropped to {@code null:}), so its process start-up
     * is not counted.
     */
    private static double magick(Path mpc, String op) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("convert", "-bench", Integer.toString(RUNS), mpc.toString()));
        cmd.addAll(List.of(op.split(" ")));
        cmd.add("null:");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", cmd) + "\n" + output);
        }
        // "Performance[2]: 5i 26.497ips ..." per thread count; the last line is the most threads
        Matcher m = Pattern.compile("Performance\\[\\d+]: \\d+i ([0-9.]+)ips").matcher(output);
        double ips = Double.NaN;
        while (m.find()) {
            ips = Double.parseDouble(m.group(1));
        }
        if (Double.isNaN(ips)) {
            throw new IllegalStateException("no -bench figure from: " + String.join(" ", cmd) + "\n" + output);
        }
        return 1000 / ips;
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", cmd));
        }
    }

    static BufferedImage scale(BufferedImage src, int size) {
        BufferedImage dst = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = dst.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(src, 0, 0, size, size, null);
        g.dispose();
        return dst;
    }

    static BufferedImage toImage(Raster r) {
        BufferedImage img = new BufferedImage(r.width(), r.height(), BufferedImage.TYPE_INT_RGB);
        byte[] d = r.data();
        for (int y = 0, i = 0; y < r.height(); y++) {
            for (int x = 0; x < r.width(); x++, i += r.channels()) {
                img.setRGB(x, y, ((d[i] & 0xff) << 16) | ((d[i + 1] & 0xff) << 8) | (d[i + 2] & 0xff));
            }
        }
        return img;
    }

    private static void writeMask(Mask m, Path file) throws IOException {
        BufferedImage img = new BufferedImage(m.width(), m.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] px = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (m.alpha()[i] > 0f ? 255 : 0);
        }
        ImageIO.write(img, "png", file.toFile());
    }
}
