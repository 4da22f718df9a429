package dev.editstudio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data outlives the process: a clean restart, and a {@code kill -9} with an orphaned postmaster. */
class RestartIT {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void usersSurviveRestartAndKillNine(@TempDir Path dataDir) throws Exception {
        try (PackagedApp app = new PackagedApp(dataDir)) {
            Duration firstStart = app.start();
            System.out.printf("first start (initdb + migrations) ready after %d ms%n", firstStart.toMillis());
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/admin/users")))
                    .header("Authorization", basic("admin", PackagedApp.ADMIN_PASSWORD))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"username\":\"olivia\",\"password\":\"olivia-password\",\"role\":\"user\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, created.statusCode(), created.body());

            app.kill();
            Duration afterKill = app.start();
            System.out.printf("restart after kill -9 ready after %d ms%n", afterKill.toMillis());
            assertEquals(200, me(app, "olivia", "olivia-password").statusCode());
            assertTrue(app.logTail().contains("orphaned PostgreSQL"), "the orphaned postmaster was stopped");

            app.stop();
            app.start();
            assertEquals(200, me(app, "olivia", "olivia-password").statusCode());
            assertEquals(401, me(app, "olivia", "wrong-password").statusCode());
        }
    }

    private HttpResponse<String> me(PackagedApp app, String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/me")))
                .header("Authorization", basic(user, password)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
