package dev.editstudio.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A burst of queued edits, {@code kill -9} while they run, a restart: afterwards every round must have finished
 * exactly once. Used by {@link QueueCrashIT} and by the pipeline benchmark.
 */
public final class CrashScenario {

    private CrashScenario() {}

    /** What happened to the rounds of the burst. */
    public record Outcome(int rounds, int finishedAfterRestart, int succeeded, int failed, int rerun,
            long recoveryMillis, List<String> problems) {}

    static final List<String> INSTRUCTIONS = List.of("make it brighter", "increase the contrast", "make it warmer",
            "make it look vintage", "add a vignette", "sharpen it", "convert to black and white", "posterize it",
            "reduce the noise", "make it a bit darker");

    /** Runs the scenario on a started app: {@code sessions} sessions with {@code chain} edits queued on each. */
    public static Outcome run(PackagedApp app, byte[] image, int sessions, int chain) throws Exception {
        // a token, not a password: submitting must be quick (no bcrypt per request) for the burst to pile up
        ApiClient admin = ApiClient.basic(app.url(""), "admin", PackagedApp.ADMIN_PASSWORD)
                .newUserWithToken("burst" + System.nanoTime() % 100000, "burst-password-1");
        List<Long> sessionIds = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            sessionIds.add(admin.upload(image, "burst.png", "burst " + s).ok().get("id").asLong());
        }
        List<Long> rounds = new ArrayList<>();
        try (ApiClient.Events first = admin.events(sessionIds.getLast())) {
            for (int e = 0; e < chain; e++) {
                for (long session : sessionIds) {
                    rounds.add(admin.postJson("/api/v1/sessions/" + session + "/edits",
                            Map.of("instruction", INSTRUCTIONS.get(e % INSTRUCTIONS.size()))).ok().get("roundId").asLong());
                }
            }
            // pull the plug as soon as the burst is queued and the next round has finished: others are queued or running
            first.queue().clear();
            while (!first.queue().take().get("status").asText().equals("succeeded")) {
                // progress and start events of the first session
            }
        }
        Instant killed = Instant.now();
        app.kill();
        Instant restarted = Instant.now();
        app.start();
        ApiClient after = admin;
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        while (count(after, rounds, "succeeded") + count(after, rounds, "failed") < rounds.size()
                && Instant.now().isBefore(until)) {
            Thread.sleep(100); // polling another process's progress; the test client has no events across restarts
        }
        long recovery = Duration.between(restarted, Instant.now()).toMillis();
        int succeeded = 0;
        int failed = 0;
        int rerun = 0;
        int afterRestart = 0;
        List<String> problems = new ArrayList<>();
        for (long id : rounds) {
            JsonNode round = after.get("/api/v1/rounds/" + id).ok();
            switch (round.get("status").asText()) {
                case "succeeded" -> succeeded++;
                case "failed" -> failed++;
                default -> problems.add("round " + id + " ended " + round.get("status").asText());
            }
            if (round.hasNonNull("finishedAt")
                    && java.time.OffsetDateTime.parse(round.get("finishedAt").asText()).toInstant().isAfter(killed)) {
                afterRestart++;
            }
            if (round.get("attempts").asInt() > 1) {
                rerun++;
            }
            if (round.get("status").asText().equals("succeeded")
                    && after.status("/api/v1/rounds/" + id + "/image") != 200) {
                problems.add("round " + id + " succeeded without an image");
            }
        }
        return new Outcome(rounds.size(), afterRestart, succeeded, failed, rerun, recovery, problems);
    }

    private static int count(ApiClient client, List<Long> rounds, String status) {
        int n = 0;
        for (long id : rounds) {
            if (client.get("/api/v1/rounds/" + id).ok().get("status").asText().equals(status)) {
                n++;
            }
        }
        return n;
    }
}
