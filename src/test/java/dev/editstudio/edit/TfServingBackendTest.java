package dev.editstudio.edit;

import static dev.editstudio.edit.EditApi.as;
import static dev.editstudio.edit.EditApi.edit;
import static dev.editstudio.edit.EditApi.ensureUser;
import static dev.editstudio.edit.EditApi.finished;
import static dev.editstudio.edit.EditApi.upload;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editstudio.model.TfServingStandIn;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole app on the {@code tfserving} backend (a stand-in running the real SavedModel behind TensorFlow
 * Serving's REST contract): edits go through it, and while it is down rounds wait in the queue, readiness says why
 * and new instructions get a 503 — then everything resumes when it is back.
 */
@QuarkusTest
@TestProfile(TfServingBackendTest.OnTfServing.class)
class TfServingBackendTest {

    @Inject
    EditWorkers workers;

    @Test
    void editsRunThroughTfServingAndWaitWhileItIsUnreachable() {
        TfServingStandIn server = StandIn.server;
        ensureUser("tfs-user", "tfs-password-1");
        long session = upload(tfsUser(), "kodim06.png").getLong("id");
        assertEquals("succeeded", finished(tfsUser(), edit(tfsUser(), session, Map.of("instruction", "make it black and white")))
                .getString("status"));
        assertTrue(server.predictions() >= 3, "parse and edit ran on the server");
        given().get("/q/health/ready").then().statusCode(200).body(containsString("tfserving"));

        workers.pause();
        long waiting = edit(tfsUser(), session, Map.of("instruction", "make it brighter"));
        server.stop();
        workers.resume();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(503).body(containsString("unreachable")));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(tfsUser(), waiting).equals("queued"));
        tfsUser().contentType(ContentType.JSON).body(Map.of("instruction", "add a vignette"))
                .post("/api/v1/sessions/" + session + "/edits").then().statusCode(503)
                .body("error", org.hamcrest.Matchers.equalTo("model_unavailable"));
        assertEquals("queued", status(tfsUser(), waiting), "the round waits rather than fails");

        start(server);
        assertEquals("succeeded", finished(tfsUser(), waiting).getString("status"));
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static RequestSpecification tfsUser() {
        return as("tfs-user", "tfs-password-1");
    }

    private static String status(RequestSpecification who, long round) {
        return who.get("/api/v1/rounds/" + round).then().statusCode(200).extract().jsonPath().getString("status");
    }

    private static void start(TfServingStandIn server) {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static class OnTfServing implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StandIn.class));
        }
    }

    public static class StandIn implements QuarkusTestResourceLifecycleManager {
        static TfServingStandIn server;

        @Override
        public Map<String, String> start() {
            try {
                server = new TfServingStandIn(Path.of("models", "instruct-edit"), "instruct-edit").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("editstudio.model.backend", "tfserving", "editstudio.model.tfserving.url",
                    server.url().toString(), "editstudio.model.tfserving.retries", "1");
        }

        @Override
        public void stop() {
            server.close();
        }
    }
}
