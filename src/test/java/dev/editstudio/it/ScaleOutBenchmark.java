package dev.editstudio.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Throughput of one web instance with 1 and then 2 worker processes on one PostgreSQL (run by
 * {@code bin/benchmark-scaleout}): the same burst of edits each time (sessions × chained edits at 1024²), measured
 * from the first edit queued to the last one finished. Options: {@code -Dsessions=6 -Dedits=8 -Dsize=1024}.
 */
public final class ScaleOutBenchmark {

    private ScaleOutBenchmark() {}

    public static void main(String[] args) throws Exception {
        int sessions = Integer.getInteger("sessions", 6);
        int edits = Integer.getInteger("edits", 8);
        int size = Integer.getInteger("size", 1024);
        byte[] photo = PipelineBenchmark.resized(Path.of(System.getProperty("test.eval.dir", "../shared/eval"),
                "images", "kodim22.png"), size);
        System.out.printf("| worker processes | edits | wall s | edits/s |%n|---:|---:|---:|---:|%n");
        for (int workers = 1; workers <= 2; workers++) {
            Path dir = Files.createTempDirectory("editstudio-scaleout");
            try (Cluster cluster = Cluster.start(dir, workers, 1, "30s")) {
                ApiClient user = ApiClient.basic(cluster.web.url(""), "admin", PackagedApp.ADMIN_PASSWORD)
                        .newUserWithToken("bench" + workers, "bench-password-1");
                List<Long> ids = new ArrayList<>();
                for (int s = 0; s < sessions; s++) {
                    ids.add(user.upload(photo, "bench.png", "bench " + s).ok().get("id").asLong());
                }
                // one warm-up edit per worker process, so model first-call costs are not in the figure
                for (int w = 0; w < workers; w++) {
                    long round = user.postJson("/api/v1/sessions/" + ids.get(w) + "/edits",
                            Map.of("instruction", "make it brighter")).ok().get("roundId").asLong();
                    await(user, List.of(round));
                }
                List<Long> rounds = new ArrayList<>();
                long t0 = System.nanoTime();
                for (int e = 0; e < edits; e++) {
                    for (long session : ids) {
                        rounds.add(user.postJson("/api/v1/sessions/" + session + "/edits", Map.of("instruction",
                                CrashScenario.INSTRUCTIONS.get(e % CrashScenario.INSTRUCTIONS.size())))
                                .ok().get("roundId").asLong());
                    }
                }
                await(user, rounds);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("| %d | %d | %.1f | %.2f |%n", workers, rounds.size(), seconds, rounds.size() / seconds);
            }
        }
    }

    private static void await(ApiClient user, List<Long> rounds) throws InterruptedException {
        for (long id : rounds) {
            while (true) {
                String status = user.get("/api/v1/rounds/" + id).ok().get("status").asText();
                if (status.equals("succeeded")) {
                    break;
                }
                if (status.equals("failed") || status.equals("canceled")) {
                    throw new IllegalStateException("round " + id + " " + status);
                }
                Thread.sleep(20); // polling another process; the benchmark measures wall time to the last result
            }
        }
    }
}
