package dev.editstudio.edit;

import static dev.editstudio.edit.EditApi.admin;
import static dev.editstudio.edit.EditApi.as;
import static dev.editstudio.edit.EditApi.edit;
import static dev.editstudio.edit.EditApi.finished;
import static dev.editstudio.edit.EditApi.image;
import static dev.editstudio.edit.EditApi.photo;
import static dev.editstudio.edit.EditApi.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.editstudio.base.db.Sql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionApiTest {

    @Inject
    Sql sql;

    @Inject
    EditWorkers workers;

    @BeforeEach
    void users() {
        EditApi.ensureUser("bob", "bob-password-1");
    }

    @Test
    void roundsFormATreeThatUndoRedoAndBranchesWalk() {
        JsonPath session = upload(admin(), "kodim04.png");
        long id = session.getLong("id");
        assertEquals(512, session.getInt("source.width")); // a portrait photo
        assertEquals(768, session.getInt("source.height"));
        assertTrue(session.getList("rounds").isEmpty());

        long first = edit(admin(), id, Map.of("instruction", "make it brighter", "seed", 7));
        long second = edit(admin(), id, Map.of("instruction", "convert to black and white")); // queued on the first
        JsonPath done = finished(admin(), second);
        assertEquals("succeeded", done.getString("status"));
        assertEquals(first, done.getLong("parentRoundId"));
        assertEquals("style", done.getString("program[0].op"));
        JsonPath firstDone = finished(admin(), first);
        assertEquals(7L, firstDone.getLong("seed"));
        assertEquals("admin", firstDone.getString("author"));
        assertTrue(firstDone.getString("model").startsWith("instruct-edit/"));
        assertTrue(firstDone.getLong("computeMs") >= 0);

        BufferedImage source = image(admin(), "/api/v1/sessions/" + id + "/source");
        BufferedImage brighter = image(admin(), "/api/v1/rounds/" + first + "/image");
        BufferedImage grey = image(admin(), "/api/v1/sessions/" + id + "/image");
        assertEquals(source.getWidth(), grey.getWidth());
        assertTrue(luma(brighter, 300, 200) > luma(source, 300, 200), "the first round brightened the photo");
        int p = grey.getRGB(300, 200);
        assertEquals((p >> 16) & 0xff, p & 0xff, "the head is grey");

        // undo to the first round, then edit from there: a branch
        admin().contentType(ContentType.JSON).body(Map.of("roundId", first)).put("/api/v1/sessions/" + id + "/head")
                .then().statusCode(200).body("headRoundId", equalTo((int) first));
        long branch = edit(admin(), id, Map.of("instruction", "add a vignette"));
        assertEquals("succeeded", finished(admin(), branch).getString("status"));
        admin().get("/api/v1/sessions/" + id).then().statusCode(200)
                .body("rounds", hasSize(3))
                .body("rounds.find { it.id == " + branch + " }.parentRoundId", equalTo((int) first))
                .body("rounds.find { it.id == " + second + " }.parentRoundId", equalTo((int) first))
                .body("rounds.find { it.id == " + first + " }.parentRoundId", nullValue())
                .body("headRoundId", equalTo((int) branch));

        // redo onto the other branch, then all the way back to the source
        admin().contentType(ContentType.JSON).body(Map.of("roundId", second)).put("/api/v1/sessions/" + id + "/head")
                .then().statusCode(200);
        admin().contentType(ContentType.JSON).body("{\"roundId\": null}").put("/api/v1/sessions/" + id + "/head")
                .then().statusCode(200).body("headRoundId", nullValue());
        byte[] shown = admin().get("/api/v1/sessions/" + id + "/image").then().statusCode(200).extract().asByteArray();
        assertTrue(Arrays.equals(photo("kodim04.png"), shown), "with the head at the source, the upload is shown");
    }

    @Test
    void historyCommandsInAnInstructionSayWhereTheEditStartsFrom() {
        long id = upload(admin(), "kodim04.png").getLong("id");
        long first = edit(admin(), id, Map.of("instruction", "make it brighter"));
        long second = edit(admin(), id, Map.of("instruction", "convert to black and white"));
        finished(admin(), second);

        // "undo that and ..." edits the round before the head: a branch beside the black-and-white one
        long instead = edit(admin(), id, Map.of("instruction", "undo that and add a vignette"));
        assertEquals(first, finished(admin(), instead).getLong("parentRoundId"));
        // "start over, then ..." edits the upload
        long fresh = edit(admin(), id, Map.of("instruction", "重来，然后转成黑白"));
        assertEquals("succeeded", finished(admin(), fresh).getString("status"));
        admin().get("/api/v1/rounds/" + fresh).then().statusCode(200).body("parentRoundId", nullValue());

        // a command alone is no edit: the answer says so and points at the head
        admin().contentType(ContentType.JSON).body(Map.of("instruction", "undo the last edit"))
                .post("/api/v1/sessions/" + id + "/edits").then().statusCode(422)
                .body("error", equalTo("history_command"))
                .body("details.interpretation.history", equalTo("undo"))
                .body("message", containsString("/head"));
        // nothing was made from the newest round yet, so there is nothing to redo
        admin().contentType(ContentType.JSON).body(Map.of("instruction", "redo that and sharpen it"))
                .post("/api/v1/sessions/" + id + "/edits").then().statusCode(409)
                .body("error", equalTo("nothing_to_redo"));
        admin().get("/api/v1/sessions/" + id).then().statusCode(200).body("rounds", hasSize(4))
                .body("headRoundId", equalTo((int) fresh));
    }

    @Test
    void aSelectionChangesOnlyItsPixels() {
        long id = upload(admin(), "kodim20.png").getLong("id");
        int w = 768;
        int h = 512;
        long round = edit(admin(), id, Map.of("instruction", "make the selection black and white",
                "mask", EditApi.rectangleMask(w, h, 100, 100, 300, 250)));
        assertEquals("succeeded", finished(admin(), round).getString("status"));
        BufferedImage before = image(admin(), "/api/v1/sessions/" + id + "/source");
        BufferedImage after = image(admin(), "/api/v1/rounds/" + round + "/image");
        int[] greyed = greyed(before, after, true);
        assertEquals(0, greyed[0], "pixels outside the selection are untouched");
        assertEquals(0, greyed[1], "the selection is grey");
        admin().get("/api/v1/rounds/" + round).then().body("strength", equalTo(1.0f)).body("feather", equalTo(0));
    }

    @Test
    void theBackgroundMadeBlackAndWhiteKeepsTheSelectedSubjectAsItWas() {
        long id = upload(admin(), "kodim20.png").getLong("id");
        int w = 768;
        int h = 512;
        String subject = EditApi.rectangleMask(w, h, 100, 100, 300, 250);
        long round = edit(admin(), id, Map.of("instruction", "make the background black and white", "mask", subject));
        JsonPath done = finished(admin(), round);
        assertEquals("succeeded", done.getString("status"));
        assertEquals("outside", done.getString("program[0].params.region"));
        BufferedImage before = image(admin(), "/api/v1/sessions/" + id + "/source");
        BufferedImage after = image(admin(), "/api/v1/rounds/" + round + "/image");
        int[] greyed = greyed(before, after, false);
        assertEquals(0, greyed[0], "the selected subject is untouched");
        assertEquals(0, greyed[1], "the rest is grey");
        // with nothing selected there is no subject to keep: refused before anything is queued
        admin().contentType(ContentType.JSON).body(Map.of("instruction", "make the background black and white"))
                .post("/api/v1/sessions/" + id + "/edits").then().statusCode(422)
                .body("error", equalTo("not_applicable")).body("message", startsWith("select the subject first"));
    }

    /**
     * After a round that greys one side of the box (100, 100)-(300, 250): how many pixels changed on the side to keep,
     * and how many are still coloured on the side greyed ({@code insideGreyed}: the box is the greyed side).
     */
    private static int[] greyed(BufferedImage before, BufferedImage after, boolean insideGreyed) {
        int changedKept = 0;
        int colouredGreyed = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                boolean greyedSide = (x >= 100 && x < 300 && y >= 100 && y < 250) == insideGreyed;
                int a = after.getRGB(x, y);
                if (!greyedSide && a != before.getRGB(x, y)) {
                    changedKept++;
                }
                if (greyedSide && ((a >> 16) & 0xff) != (a & 0xff)) {
                    colouredGreyed++;
                }
            }
        }
        return new int[] {changedKept, colouredGreyed};
    }

    @Test
    void badUploadsAreRefusedAndStoreNothing() {
        long images = imageCount();
        byte[] png = photo("kodim02.png");
        admin().multiPart("image", "notes.txt", "not an image".getBytes(), "text/plain").post("/api/v1/sessions")
                .then().statusCode(415).body("error", equalTo("unsupported_image_format"));
        admin().multiPart("image", "half.png", Arrays.copyOf(png, png.length / 2), "image/png").post("/api/v1/sessions")
                .then().statusCode(400).body("error", equalTo("invalid_image"));
        admin().multiPart("image", "bomb.png", dev.editstudio.image.ImageDecoderTestAccess.bomb(), "image/png")
                .post("/api/v1/sessions")
                .then().statusCode(413).body("error", equalTo("image_too_large")).body("details.width", equalTo(100000));
        admin().multiPart("image", "big.png", new byte[26 * 1024 * 1024], "image/png").post("/api/v1/sessions")
                .then().statusCode(413).body("error", equalTo("image_too_large"));
        admin().multiPart("title", "no image").post("/api/v1/sessions")
                .then().statusCode(400).body("message", containsString("'image'"));
        assertEquals(images, imageCount(), "nothing was stored");
    }

    @Test
    void otherUsersSessionsRoundsAndImagesDoNotExistForThem() {
        long id = upload(admin(), "kodim06.png").getLong("id");
        long round = edit(admin(), id, Map.of("instruction", "sharpen it"));
        finished(admin(), round);
        var bob = as("bob", "bob-password-1");
        for (String path : List.of("/api/v1/sessions/" + id, "/api/v1/sessions/" + id + "/image",
                "/api/v1/sessions/" + id + "/events",
                "/api/v1/sessions/" + id + "/source", "/api/v1/rounds/" + round, "/api/v1/rounds/" + round + "/image",
                "/api/v1/sessions/987654321", "/api/v1/rounds/987654321")) {
            as("bob", "bob-password-1").get(path).then().statusCode(404).body("error", equalTo("not_found"));
        }
        bob.contentType(ContentType.JSON).body(Map.of("instruction", "blur it")).post("/api/v1/sessions/" + id + "/edits")
                .then().statusCode(404);
        as("bob", "bob-password-1").post("/api/v1/rounds/" + round + "/cancel").then().statusCode(404);
        as("bob", "bob-password-1").delete("/api/v1/sessions/" + id).then().statusCode(404);
        as("bob", "bob-password-1").get("/api/v1/sessions").then().statusCode(200)
                .body("findAll { it.id == " + id + " }", hasSize(0));
        admin().get("/api/v1/sessions?q=kodim06").then().statusCode(200)
                .body("find { it.id == " + id + " }.roundCount", equalTo(1))
                .body("find { it.id == " + id + " }.lastInstruction", equalTo("sharpen it"));
        admin().get("/api/v1/sessions?q=SHARPEN").then().body("find { it.id == " + id + " }", notNullValue());
        given().get("/api/v1/sessions/" + id).then().statusCode(401);
    }

    @Test
    void badEditRequestsAreExplained() {
        long id = upload(admin(), "kodim08.png").getLong("id");
        long other = upload(admin(), "kodim10.png").getLong("id");
        long otherRound = edit(admin(), other, Map.of("instruction", "make it warmer"));
        finished(admin(), otherRound);

        post(id, Map.of("instruction", "make it brighter", "parentRoundId", otherRound))
                .then().statusCode(400).body("error", equalTo("invalid_parent"));
        post(id, Map.of("instruction", "make it brighter", "mask", EditApi.rectangleMask(100, 100, 0, 0, 50, 50)))
                .then().statusCode(400).body("error", equalTo("mask_size_mismatch")).body("details.imageWidth", equalTo(768));
        post(id, Map.of("instruction", "make it brighter", "mask", "%%% not base64"))
                .then().statusCode(400).body("error", equalTo("invalid_mask"));
        post(id, Map.of("instruction", "what a lovely day"))
                .then().statusCode(422).body("error", equalTo("not_understood"))
                .body("details.interpretation.steps", hasSize(0));
        post(id, Map.of("instruction", "replace the dog with a cat"))
                .then().statusCode(422).body("error", equalTo("unsupported_instruction"))
                .body("details.interpretation.steps[0].params.category", equalTo("subject_replace"));
        post(id, Map.of("instruction", "remove it"))
                .then().statusCode(422).body("error", equalTo("not_applicable")).body("message", containsString("select"));
        post(id, Map.of("instruction", "make it brighter", "strength", 2)).then().statusCode(400);
        post(id, Map.of("instruction", "make it brighter", "feather", -1)).then().statusCode(400);
        post(id, Map.of("instruction", " ")).then().statusCode(400).body("error", equalTo("bad_request"));
        post(id, Map.of("instruction", "x".repeat(501))).then().statusCode(400).body("error", equalTo("instruction_too_long"));
        admin().contentType(ContentType.JSON).body("{\"instruction\": ").post("/api/v1/sessions/" + id + "/edits")
                .then().statusCode(400).body("error", equalTo("malformed_json"));
        admin().post("/api/v1/rounds/" + otherRound + "/cancel").then().statusCode(409).body("error", equalTo("round_finished"));
        admin().contentType(ContentType.JSON).body(Map.of("roundId", otherRound)).put("/api/v1/sessions/" + id + "/head")
                .then().statusCode(400);
        admin().get("/api/v1/sessions/" + id).then().body("rounds", hasSize(0));
    }

    @Test
    void cancellingAQueuedRoundCancelsWhatWasQueuedOnItAndStepsTheHeadBack() {
        long id = upload(admin(), "kodim12.png").getLong("id");
        workers.pause();
        try {
            long first = edit(admin(), id, Map.of("instruction", "make it darker"));
            long second = edit(admin(), id, Map.of("instruction", "add a vignette"));
            admin().post("/api/v1/rounds/" + first + "/cancel").then().statusCode(200).body("status", equalTo("canceled"));
            admin().get("/api/v1/rounds/" + second).then().body("status", equalTo("failed"))
                    .body("error.code", equalTo("parent_failed"));
            admin().get("/api/v1/sessions/" + id).then().body("headRoundId", nullValue());
            admin().get("/api/v1/rounds/" + first + "/image").then().statusCode(409).body("error", equalTo("round_has_no_image"));
            post(id, Map.of("instruction", "make it brighter", "parentRoundId", first))
                    .then().statusCode(409).body("error", equalTo("parent_failed"));
        } finally {
            workers.resume();
        }
    }

    @Test
    void theSynchronousEditAnswersWithThePngAndKeepsTheSession() throws Exception {
        Response response = admin().multiPart("image", "kodim14.png", photo("kodim14.png"), "image/png")
                .multiPart("instruction", "make it warmer").post("/api/v1/edit");
        response.then().statusCode(200).contentType("image/png");
        BufferedImage out = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(response.asByteArray()));
        assertEquals(768, out.getWidth());
        long session = Long.parseLong(response.header("X-EditStudio-Session-Id"));
        long round = Long.parseLong(response.header("X-EditStudio-Round-Id"));
        admin().get("/api/v1/sessions/" + session).then().statusCode(200).body("rounds", hasSize(1))
                .body("rounds[0].id", equalTo((int) round)).body("rounds[0].status", equalTo("succeeded"))
                .body("headRoundId", equalTo((int) round));

        long sessions = sql.one("select count(*) from edit_session", r -> r.getLong(1)).orElseThrow();
        admin().multiPart("image", "kodim14.png", photo("kodim14.png"), "image/png")
                .multiPart("instruction", "put a hat on the cat").post("/api/v1/edit")
                .then().statusCode(422).body("error", equalTo("unsupported_instruction"));
        admin().multiPart("image", "kodim14.png", photo("kodim14.png"), "image/png").post("/api/v1/edit")
                .then().statusCode(400);
        assertEquals(sessions, sql.one("select count(*) from edit_session", r -> r.getLong(1)).orElseThrow(),
                "a refused synchronous edit leaves no session behind");
    }

    @Test
    void eventsStreamEveryStatusChangeOfTheSession() throws Exception {
        long id = upload(admin(), "kodim16.png").getLong("id");
        var client = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:8181/api/v1/sessions/" + id + "/events"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString(("admin:" + EditApi.ADMIN_PASSWORD).getBytes()))
                .header("Accept", "text/event-stream").build();
        var lines = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, lines.statusCode());
        var iterator = lines.body().iterator();
        long round = edit(admin(), id, Map.of("instruction", "increase the contrast"));
        List<String> statuses = new java.util.ArrayList<>();
        while (!statuses.contains("succeeded") && iterator.hasNext()) {
            String line = iterator.next();
            if (line.startsWith("data:")) {
                JsonPath event = JsonPath.from(line.substring(5));
                assertEquals(round, event.getLong("roundId"));
                statuses.add(event.getString("status"));
            }
        }
        lines.body().close();
        assertEquals(List.of("queued", "running", "succeeded"), statuses);
    }

    @Test
    void deletingASessionRemovesItsRoundsAndTheImagesNothingElseUses() {
        long id = upload(admin(), "kodim18.png").getLong("id");
        long round = edit(admin(), id, Map.of("instruction", "posterize it"));
        finished(admin(), round);
        long images = imageCount();
        admin().delete("/api/v1/sessions/" + id).then().statusCode(204);
        admin().get("/api/v1/sessions/" + id).then().statusCode(404);
        admin().get("/api/v1/rounds/" + round).then().statusCode(404);
        assertEquals(images - 2, imageCount(), "the source and the output are gone");
        admin().delete("/api/v1/sessions/" + id).then().statusCode(404);
    }

    @Test
    void renamingNeedsATitle() {
        long id = upload(admin(), "kodim22.png").getLong("id");
        admin().contentType(ContentType.JSON).body(Map.of("title", "Poster")).patch("/api/v1/sessions/" + id)
                .then().statusCode(200).body("title", equalTo("Poster"));
        admin().contentType(ContentType.JSON).body(Map.of("title", "")).patch("/api/v1/sessions/" + id)
                .then().statusCode(400);
    }

    private Response post(long sessionId, Map<String, Object> body) {
        return admin().contentType(ContentType.JSON).body(new HashMap<>(body)).post("/api/v1/sessions/" + sessionId + "/edits");
    }

    private long imageCount() {
        return QuarkusTransaction.requiringNew().call(
                () -> sql.one("select count(*) from image_blob", r -> r.getLong(1)).orElseThrow());
    }

    private static double luma(BufferedImage img, int x, int y) {
        int p = img.getRGB(x, y);
        return 0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff) + 0.114 * (p & 0xff);
    }
}
