package dev.editstudio.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;

/**
 * The pipeline under load, against the packaged app with its embedded PostgreSQL ({@code bin/benchmark-pipeline}):
 * <ol>
 *   <li>one client making edits one after another (no queueing: end-to-end minus compute is the platform's cost);</li>
 *   <li>N concurrent clients, each its own user, each making a session and M edits, waiting for each result over
 *       server-sent events;</li>
 *   <li>the crash scenario: a burst of queued edits, {@code kill -9}, restart, every round done exactly once.</li>
 * </ol>
 * Prints Markdown tables for the README.
 */
public final class PipelineBenchmark {

    private static final Path PHOTOS = Path.of(System.getProperty("test.eval.dir", "../shared/eval"), "images");

    record Sample(String user, long e2eMs, long waitMs, long computeMs, long workerMs, int attempts, String status) {
        /** Everything but the model: HTTP, database, queue hand-off, image encoding, events. */
        long overheadMs() {
            return e2eMs - computeMs;
        }

        /** The same without the time spent waiting behind other users' rounds. */
        long overheadBeyondWaitMs() {
            return e2eMs - waitMs - computeMs;
        }
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(System.getProperty("clients", "50"));
        int edits = Integer.parseInt(System.getProperty("edits", "10"));
        int size = Integer.parseInt(System.getProperty("size", "1024"));
        Path dataDir = Files.createTempDirectory("editstudio-bench");
        List<byte[]> images = new ArrayList<>();
        try (var files = Files.list(PHOTOS)) {
            for (Path p : files.sorted().toList()) {
                images.add(resized(p, size));
            }
        }
        try (PackagedApp app = new PackagedApp(dataDir)) {
            app.start();
            ApiClient admin = ApiClient.basic(app.url(""), "admin", PackagedApp.ADMIN_PASSWORD);
            List<ApiClient> users = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                users.add(admin.newUserWithToken("bench" + i, "bench-password-" + i));
            }
            // warm-up: JIT, caches, connection pool; the numbers below are the steady state
            run(users.subList(0, 2), images, 15, "warm-up");

            System.out.printf("%n## Pipeline at %d×%d (%d cores)%n%n", size, size, Runtime.getRuntime().availableProcessors());
            System.out.println("| scenario | edits | wall s | edits/s | end-to-end p50 / p95 ms | queue wait p50 / p95 ms "
                    + "| compute p50 / p95 ms | overhead (end-to-end − compute) p50 / p95 ms | overhead beyond queue wait p50 / p95 ms "
                    + "| per-user p50 min / max ms | succeeded | re-run |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
            report("1 client, sequential", run(users.subList(0, 1), images, 40, "single"));
            report(clients + " clients × " + edits, run(users, images, edits, "load"));

            System.out.printf("%n## Crash: kill -9 mid-burst, restart%n%n");
            CrashScenario.Outcome crash = CrashScenario.run(app, images.get(0), 10, 10);
            System.out.println("| rounds | finished after the restart | succeeded | failed | run twice (were running at the kill) | all done after restart ms | problems |");
            System.out.println("|---|---|---|---|---|---|---|");
            System.out.printf("| %d | %d | %d | %d | %d | %d | %s |%n", crash.rounds(), crash.finishedAfterRestart(),
                    crash.succeeded(), crash.failed(), crash.rerun(), crash.recoveryMillis(),
                    crash.problems().isEmpty() ? "none" : crash.problems());
        }
    }

    /** Every client makes a session and {@code edits} edits, each waiting for the last. */
    static Timed run(List<ApiClient> users, List<byte[]> images, int edits, String label) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Sample>>> futures = new ArrayList<>();
        for (int u = 0; u < users.size(); u++) {
            ApiClient client = users.get(u);
            byte[] image = images.get(u % images.size());
            String name = label + u;
            futures.add(pool.submit(() -> {
                long session = client.upload(image, "photo.png", name).ok().get("id").asLong();
                List<Sample> samples = new ArrayList<>();
                try (ApiClient.Events events = client.events(session)) {
                    go.await();
                    for (int e = 0; e < edits; e++) {
                        long start = System.nanoTime();
                        long round = client.postJson("/api/v1/sessions/" + session + "/edits", Map.of("instruction",
                                CrashScenario.INSTRUCTIONS.get(e % CrashScenario.INSTRUCTIONS.size()))).ok()
                                .get("roundId").asLong();
                        events.awaitFinal(round, Duration.ofMinutes(10));
                        long e2e = (System.nanoTime() - start) / 1_000_000;
                        JsonNode r = client.get("/api/v1/rounds/" + round).ok();
                        samples.add(new Sample(name, e2e, millis(r, "queuedAt", "startedAt"),
                                r.path("computeMs").asLong(), millis(r, "startedAt", "finishedAt"),
                                r.get("attempts").asInt(), r.get("status").asText()));
                    }
                }
                return samples;
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        List<Sample> all = new ArrayList<>();
        for (Future<List<Sample>> f : futures) {
            all.addAll(f.get());
        }
        long wall = (System.nanoTime() - started) / 1_000_000;
        pool.shutdown();
        return new Timed(all, wall);
    }

    record Timed(List<Sample> samples, long wallMs) {}

    static void report(String scenario, Timed t) {
        List<Sample> s = t.samples();
        Map<String, List<Sample>> byUser = new java.util.TreeMap<>();
        s.forEach(x -> byUser.computeIfAbsent(x.user(), k -> new ArrayList<>()).add(x));
        List<Long> userMedians = byUser.values().stream().map(l -> pct(l.stream().map(Sample::e2eMs).toList(), 50)).toList();
        long ok = s.stream().filter(x -> x.status().equals("succeeded")).count();
        long rerun = s.stream().filter(x -> x.attempts() > 1).count();
        System.out.printf("| %s | %d | %.1f | %.1f | %d / %d | %d / %d | %d / %d | %d / %d | %d / %d | %d / %d | %d of %d | %d |%n",
                scenario, s.size(), t.wallMs() / 1000.0, s.size() * 1000.0 / t.wallMs(),
                pct(s.stream().map(Sample::e2eMs).toList(), 50), pct(s.stream().map(Sample::e2eMs).toList(), 95),
                pct(s.stream().map(Sample::waitMs).toList(), 50), pct(s.stream().map(Sample::waitMs).toList(), 95),
                pct(s.stream().map(Sample::computeMs).toList(), 50), pct(s.stream().map(Sample::computeMs).toList(), 95),
                pct(s.stream().map(Sample::overheadMs).toList(), 50), pct(s.stream().map(Sample::overheadMs).toList(), 95),
                pct(s.stream().map(Sample::overheadBeyondWaitMs).toList(), 50),
                pct(s.stream().map(Sample::overheadBeyondWaitMs).toList(), 95),
                Collections.min(userMedians), Collections.max(userMedians), ok, s.size(), rerun);
    }

    private static long millis(JsonNode round, String from, String to) {
        return Duration.between(OffsetDateTime.parse(round.get(from).asText()),
                OffsetDateTime.parse(round.get(to).asText())).toMillis();
    }

    private static long pct(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** A real photo stretched to {@code size}² pixels, as PNG. */
    static byte[] resized(Path photo, int size) throws Exception {
        BufferedImage src = ImageIO.read(photo.toFile());
        BufferedImage dst = new BufferedImage(size, size, BufferedImage.TYPE_3BYTE_BGR);
        var g = dst.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, size, size, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(dst, "png", out);
        return out.toByteArray();
    }
}
