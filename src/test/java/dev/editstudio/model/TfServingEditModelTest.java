package dev.editstudio.model;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code tfserving} backend against a stand-in that runs the real SavedModel behind TensorFlow Serving's REST
 * contract: every answer must equal the embedded model's, bit for bit, and connection trouble must read as
 * "unavailable" with a reason, never as a failed edit.
 */
class TfServingEditModelTest {

    private static final Path MODEL = Path.of("models", "instruct-edit");
    /** A quarter-size photo: the JSON wire format is verbose, the test is about agreement. */
    private static final Raster PHOTO = quarter(Photos.read("kodim04.png"));
    private static final int W = PHOTO.width();
    private static final int H = PHOTO.height();

    private static TfServingStandIn server;
    private static TfServingEditModel remote;

    @BeforeAll
    static void start() throws IOException {
        server = new TfServingStandIn(MODEL, "instruct-edit").start();
        remote = client(server, Duration.ofSeconds(30), 3);
    }

    @AfterAll
    static void stop() {
        remote.close();
        server.close();
    }

    private static TfServingEditModel client(TfServingStandIn to, Duration timeout, int retries) {
        return new TfServingEditModel(to.url(), "instruct-edit", Duration.ofSeconds(2), timeout, retries);
    }

    @Test
    void reportsTheServedVersionAndTheSameVocabularyAsTheEmbeddedModel() {
        ModelInfo local = Photos.model().info();
        ModelInfo info = remote.info();
        assertEquals(server.version(), info.version());
        assertEquals(local.version(), info.version());
        assertEquals(local.intents(), info.intents());
        assertEquals(local.ops(), info.ops());
        assertTrue(info.device().startsWith("tfserving"));
        assertTrue(remote.unavailableReason().isEmpty());
    }

    @Test
    void classifiesClausesInBothLanguagesAsTheEmbeddedModelDoes() {
        List<String> clauses = List.of("make it brighter", "把天空变蓝", "remove the person", "add QTEXT at the top",
                "turn him into a cat", "hello there");
        List<EditModel.Intent> local = Photos.model().classify(clauses);
        List<EditModel.Intent> served = remote.classify(clauses);
        for (int i = 0; i < clauses.size(); i++) {
            assertEquals(local.get(i).label(), served.get(i).label(), clauses.get(i));
            assertEquals(local.get(i).confidence(), served.get(i).confidence(), 1e-6, clauses.get(i));
        }
        // and so the whole parser gives the same programs
        assertEquals(new InstructionParser(Photos.model()).interpret("先调亮一点，然后转成黑白").steps(),
                new InstructionParser(remote).interpret("先调亮一点，然后转成黑白").steps());
    }

    @Test
    void everyKindOfEditComesBackBitIdenticalToTheEmbeddedModel() {
        Mask box = Photos.softRectangle(W, H, W / 4, H / 4, W * 3 / 4, H * 3 / 4, 3);
        Mask all = Mask.all(W, H);
        record Case(Mask mask, EditStep step) {}
        List<Case> cases = List.of(
                new Case(all, new EditStep("style", Map.of("name", "grayscale"))),
                new Case(box, new EditStep("adjust", Map.of("property", "brightness", "amount", 0.4))),
                new Case(box, new EditStep("recolor", Map.of("color", "#ffcc00"))),
                new Case(box, new EditStep("blur", Map.of("target", "background"))),
                new Case(box, new EditStep("remove", Map.of())),
                new Case(all, new EditStep("text", Map.of("text", "开业 OPEN", "position", "top"))),
                new Case(box, new EditStep("background", Map.of("mode", "transparent"))),
                new Case(all, new EditStep("rotate", Map.of("degrees", 90))),
                new Case(all, new EditStep("crop", Map.of("aspect", "1:1"))),
                new Case(all, new EditStep("upscale", Map.of("factor", 2))));
        for (Case c : cases) {
            Raster local = Photos.model().edit(PHOTO, c.mask(), c.step(), 11);
            Raster served = remote.edit(PHOTO, c.mask(), c.step(), 11);
            assertEquals(List.of(local.width(), local.height(), local.channels()),
                    List.of(served.width(), served.height(), served.channels()), c.step().toString());
            assertArrayEquals(local.data(), served.data(), c.step().toString());
        }
    }

    @Test
    void aStepThatCannotRunIsRefusedBeforeAnythingIsSent() {
        int before = server.predictions();
        assertThrows(IllegalArgumentException.class, () -> remote.edit(PHOTO, Mask.all(10, 10),
                new EditStep("style", Map.of("name", "sepia")), 0));
        assertThrows(IllegalArgumentException.class, () -> remote.edit(PHOTO, Mask.all(W, H),
                new EditStep("teleport", Map.of()), 0));
        assertEquals(before, server.predictions());
    }

    @Test
    void anOpGoesThroughItsOwnSignatureWhenTheServerListsItAndThroughEditWhenItCannotTell() throws IOException {
        EditStep turn = new EditStep("rotate", Map.of("degrees", 90));
        Raster expected = Photos.model().edit(PHOTO, Mask.all(W, H), turn, 0);
        try (TfServingStandIn listed = new TfServingStandIn(MODEL, "instruct-edit").start();
                TfServingEditModel client = client(listed, Duration.ofSeconds(30), 1)) {
            assertArrayEquals(expected.data(), client.edit(PHOTO, Mask.all(W, H), turn, 0).data());
            assertEquals(List.of(1, 0), List.of(listed.predictions("edit_rotate"), listed.predictions("edit")));
        }
        try (TfServingStandIn silent = new TfServingStandIn(MODEL, "instruct-edit").start();
                TfServingEditModel client = client(silent, Duration.ofSeconds(30), 1)) {
            silent.answerMetadata(false);
            assertArrayEquals(expected.data(), client.edit(PHOTO, Mask.all(W, H), turn, 0).data());
            assertEquals(List.of(0, 1), List.of(silent.predictions("edit_rotate"), silent.predictions("edit")));
        }
    }

    @Test
    void aServerThatComesUpWhileRetryingIsUsed() throws IOException {
        try (TfServingStandIn late = new TfServingStandIn(MODEL, "instruct-edit");
                TfServingEditModel client = client(late, Duration.ofSeconds(30), 4)) {
            // the first attempts find the port closed; the retries (0.2 + 0.4 + 0.8 s apart) reach it
            CompletableFuture<Void> opening = CompletableFuture.runAsync(() -> {
                try {
                    late.start();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }, CompletableFuture.delayedExecutor(500, java.util.concurrent.TimeUnit.MILLISECONDS));
            Raster out = client.edit(PHOTO, Mask.all(W, H), new EditStep("flip", Map.of("axis", "vertical")), 0);
            opening.join();
            assertEquals(W, out.width());
            assertEquals(2, late.predictions(), "the vocabulary (parse), then the edit");
        }
    }

    @Test
    void anUnreachableServerMakesTheModelUnavailableWithAReasonUntilItIsBack() throws IOException {
        try (TfServingStandIn down = new TfServingStandIn(MODEL, "instruct-edit");
                TfServingEditModel client = client(down, Duration.ofSeconds(30), 1)) {
            ModelUnavailableException e = assertThrows(ModelUnavailableException.class, client::info);
            assertEquals(503, e.status());
            assertTrue(e.getMessage().contains("unreachable"), e.getMessage());
            assertTrue(client.unavailableReason().orElseThrow().contains(down.url().toString().replace("http://", "")),
                    "the reason names the server");
            down.start();
            await().atMost(Duration.ofSeconds(15)).until(() -> client.unavailableReason().isEmpty());
            assertEquals(down.version(), client.info().version());
        }
    }

    @Test
    void aServerTooSlowToAnswerIsAFailureNotARetry() throws IOException {
        try (TfServingStandIn slow = new TfServingStandIn(MODEL, "instruct-edit").start();
                TfServingEditModel client = client(slow, Duration.ofMillis(800), 3)) {
            client.info();
            slow.slowDown(Duration.ofSeconds(3));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> client.edit(PHOTO,
                    Mask.all(W, H), new EditStep("flip", Map.of("axis", "vertical")), 0));
            assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
        }
    }

    @Test
    void aVersionTheServerDoesNotHaveIsUnavailableNotAnError() throws IOException {
        try (TfServingStandIn other = new TfServingStandIn(MODEL, "another-model").start();
                TfServingEditModel client = new TfServingEditModel(other.url(), "instruct-edit",
                        Duration.ofSeconds(2), Duration.ofSeconds(10), 0)) {
            ModelUnavailableException e = assertThrows(ModelUnavailableException.class, client::info);
            assertTrue(e.getMessage().contains("404"), e.getMessage());
        }
    }

    private static Raster quarter(Raster r) {
        int w = r.width() / 4;
        int h = r.height() / 4;
        byte[] out = new byte[w * h * 3];
        for (int y = 0, i = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int j = ((y * 4) * r.width() + x * 4) * r.channels();
                out[i++] = r.data()[j];
                out[i++] = r.data()[j + 1];
                out[i++] = r.data()[j + 2];
            }
        }
        return Raster.rgb(w, h, out);
    }
}
