package dev.editstudio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out on one machine: a {@code web} instance and two {@code worker}s as separate processes sharing one
 * PostgreSQL. A burst of edits queued on the web instance is run by both workers; one is killed with {@code kill -9}
 * mid-burst, the other finishes its rounds once their lease runs out, and every round succeeds exactly once — as the
 * web instance's event streams (fed by the workers through PostgreSQL NOTIFY) and the rounds themselves show.
 */
class MultiInstanceIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern SUCCEEDED = Pattern.compile(
            "editstudio_rounds_total\\{[^}]*outcome=\"succeeded\"[^}]*} ([0-9.]+)");
    private static final Pattern RUNNING = Pattern.compile("(?m)^editstudio_rounds_running(?:\\{[^}]*})? ([0-9.]+)");

    @Test
    void aWebAndTwoWorkersShareTheQueueAndEveryRoundSucceedsOnceThoughAWorkerIsKilled(@TempDir Path dir)
            throws Exception {
        // 2048² so that rounds take long enough for the kill to find one running
        byte[] photo = PipelineBenchmark.resized(Path.of(System.getProperty("test.eval.dir", "../shared/eval"),
                "images", "kodim22.png"), 2048);
        try (Cluster cluster = Cluster.start(dir, 2, 1, "4s")) {
            PackagedApp doomed = cluster.workers.get(0);
            PackagedApp survivor = cluster.workers.get(1);
            assertWorkerServesOnlyHealthAndMetrics(doomed);

            ApiClient user = ApiClient.basic(cluster.web.url(""), "admin", PackagedApp.ADMIN_PASSWORD)
                    .newUserWithToken("scale" + System.nanoTime() % 100000, "scale-password-1");
            List<Long> sessions = new ArrayList<>();
            List<ApiClient.Events> streams = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                long id = user.upload(photo, "burst.png", "burst " + s).ok().get("id").asLong();
                sessions.add(id);
                streams.add(user.events(id));
            }
            List<Long> rounds = new ArrayList<>();
            for (int e = 0; e < 8; e++) {
                for (long session : sessions) {
                    rounds.add(user.postJson("/api/v1/sessions/" + session + "/edits",
                            Map.of("instruction", CrashScenario.INSTRUCTIONS.get(e % CrashScenario.INSTRUCTIONS.size())))
                            .ok().get("roundId").asLong());
                }
            }
            // kill -9 the first worker once it has finished a round and while it runs another (its own gauge says
            // so), so a round is left behind for the lease to recover
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while ((succeeded(doomed) < 1 || metric(doomed, RUNNING) < 1) && System.nanoTime() < deadline) {
                Thread.sleep(20); // polling another process's metrics; there is no event to wait on
            }
            assertTrue(succeeded(doomed) >= 1, "the first worker took rounds");
            doomed.kill();

            // the web instance's streams carry every final status, whichever worker produced it
            Map<Long, Integer> succeededEvents = new HashMap<>();
            Map<Long, String> finalStatus = new HashMap<>();
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (finalStatus.size() < rounds.size() && System.nanoTime() < until) {
                for (ApiClient.Events stream : streams) {
                    JsonNode event = stream.queue().poll(20, TimeUnit.MILLISECONDS);
                    if (event != null && rounds.contains(event.get("roundId").asLong())) {
                        long round = event.get("roundId").asLong();
                        String status = event.get("status").asText();
                        if (status.equals("succeeded")) {
                            succeededEvents.merge(round, 1, Integer::sum);
                        }
                        if (status.equals("succeeded") || status.equals("failed") || status.equals("canceled")) {
                            finalStatus.put(round, status);
                        }
                    }
                }
            }
            streams.forEach(ApiClient.Events::close);
            assertEquals(rounds.size(), finalStatus.size(), "a final event for every round: " + finalStatus);

            int rerun = 0;
            Map<Long, Integer> attempts = new HashMap<>();
            for (long id : rounds) {
                JsonNode round = user.get("/api/v1/rounds/" + id).ok();
                assertEquals("succeeded", round.get("status").asText(), "round " + id + ": " + round);
                assertEquals(1, succeededEvents.getOrDefault(id, 0), "round " + id + " succeeded exactly once");
                assertEquals(200, user.status("/api/v1/rounds/" + id + "/image"));
                rerun += round.get("attempts").asInt() > 1 ? 1 : 0;
                attempts.put(id, round.get("attempts").asInt());
            }
            assertTrue(rerun >= 1, "the killed worker's round was taken over once its lease ran out; attempts "
                    + attempts);
            assertTrue(succeeded(survivor) >= 1, "the second worker ran rounds too");
            assertTrue(get(survivor.url("/q/metrics")).body().contains("editstudio_rounds_running"));
            assertEquals(0.0, metric(survivor, RUNNING), "nothing left running on the survivor");
            System.out.printf("multi-instance: %d rounds, all succeeded once; %d re-run after the kill; survivor ran %.0f%n",
                    rounds.size(), rerun, succeeded(survivor));
        }
    }

    @Test
    void misconfigurationStopsTheStartWithAMessageNamingTheSetting(@TempDir Path dir) throws Exception {
        try (PackagedApp app = new PackagedApp(dir.resolve("role")).with("EDITSTUDIO_ROLE", "coordinator")) {
            String message = assertThrows(IllegalStateException.class, app::start).getMessage();
            assertTrue(message.contains("editstudio.role") && message.contains("coordinator"), message);
        }
        try (PackagedApp app = new PackagedApp(dir.resolve("backend")).with("EDITSTUDIO_MODEL_BACKEND", "tfserving")) {
            String message = assertThrows(IllegalStateException.class, app::start).getMessage();
            assertTrue(message.contains("EDITSTUDIO_MODEL_TFSERVING_URL"), message);
        }
    }

    private static void assertWorkerServesOnlyHealthAndMetrics(PackagedApp worker) throws Exception {
        for (String path : List.of("/", "/editor", "/api/v1/sessions", "/api/v1/interpret")) {
            HttpResponse<String> r = get(worker.url(path));
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("\"error\":\"not_found\"") && r.body().contains("worker"), r.body());
        }
        assertEquals(200, get(worker.url("/q/health/ready")).statusCode());
        assertEquals(200, get(worker.url("/q/metrics")).statusCode());
    }

    private static double succeeded(PackagedApp worker) throws Exception {
        return metric(worker, SUCCEEDED);
    }

    private static double metric(PackagedApp worker, Pattern metric) throws Exception {
        Matcher m = metric.matcher(get(worker.url("/q/metrics")).body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
