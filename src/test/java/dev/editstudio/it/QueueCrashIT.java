package dev.editstudio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kill -9} in the middle of a burst of queued edits: after a restart every round completes exactly once. */
class QueueCrashIT {

    @Test
    void everyQueuedRoundCompletesExactlyOnceAcrossAKill(@TempDir Path dataDir) throws Exception {
        // 2048² so that rounds take long enough for the kill to find work queued and running
        byte[] photo = PipelineBenchmark.resized(Path.of(System.getProperty("test.eval.dir", "../shared/eval"),
                "images", "kodim22.png"), 2048);
        try (PackagedApp app = new PackagedApp(dataDir)) {
            app.start();
            CrashScenario.Outcome outcome = CrashScenario.run(app, photo, 3, 8);
            System.out.println("crash scenario: " + outcome);
            assertTrue(outcome.problems().isEmpty(), outcome.problems().toString());
            assertEquals(outcome.rounds(), outcome.succeeded(), "every round succeeded: " + outcome);
            assertTrue(outcome.finishedAfterRestart() > 0, "the kill came mid-burst: " + outcome);
        }
    }
}
