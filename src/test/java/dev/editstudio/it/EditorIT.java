package dev.editstudio.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The editor in Chromium against the packaged app: upload a real photo, select a rectangle, say the edit, see the
 * result (read back: changed inside the selection, untouched outside), undo, redo, branch, reload, download.
 */
class EditorIT extends BrowserTestBase {

    static final Path PHOTO = PHOTOS.resolve("kodim20.png");

    @Test
    void uploadSelectEditUndoRedoBranchReloadAndDownload() throws Exception {
        ApiClient api = ApiClient.basic(app.url(""), "admin", PackagedApp.ADMIN_PASSWORD);
        try (BrowserContext context = browser.newContext("en-US")) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            page.setViewportSize(1366, 768);
            login(page, "admin", PackagedApp.ADMIN_PASSWORD);

            // a file that is not an image is refused and changes nothing
            Path notes = Files.writeString(Files.createTempFile("notes", ".png"), "not an image");
            upload(page, notes);
            assertThat(page.locator("vaadin-notification-card").first()).containsText("cannot be used");
            assertThat(page.locator("#editor-start")).isVisible();

            upload(page, PHOTO);
            assertThat(page).hasURL(Pattern.compile(".*session=\\d+.*"));
            long sessionId = Long.parseLong(page.url().replaceAll(".*session=(\\d+).*", "$1"));
            page.waitForFunction("() => document.querySelector('#canvas')?.loaded === true");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-uploaded.png")));

            // an empty instruction cannot be applied; a removal without a selection explains what is missing
            assertThat(page.locator("#apply")).isDisabled();
            page.locator("#instruction textarea").fill("remove it");
            assertThat(page.locator("#selection-note")).containsText("Select a region first");
            assertThat(page.locator("#apply")).isDisabled();

            dragRectangle(page, 100, 100, 300, 250);
            page.locator("#instruction textarea").fill("convert to black and white");
            assertThat(page.locator("#understood")).containsText("Style");
            assertThat(page.locator("#selection-note")).containsText("inside the selection");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-selection.png")));
            page.locator("#apply").click();
            Locator entries = page.locator("#history .es-history-entry");
            assertThat(entries).hasCount(2);
            assertThat(entries.nth(1)).containsText("done");
            assertThat(entries.nth(1)).hasAttribute("aria-current", "true");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-result.png")));

            JsonNode session = api.get("/api/v1/sessions/" + sessionId).ok();
            long grey = session.get("headRoundId").asLong();
            BufferedImage before = ImageIO.read(PHOTO.toFile());
            BufferedImage after = image(api, "/api/v1/rounds/" + grey + "/image");
            assertSelectionOnlyChanged(before, after, 100, 100, 300, 250);

            // undo (button) back to the original, redo (keyboard) to the edit
            page.locator("#undo").click();
            assertThat(page.locator("#history [data-round-id=source]")).hasAttribute("aria-current", "true");
            assertTrue(api.get("/api/v1/sessions/" + sessionId).ok().get("headRoundId").isNull());
            page.locator("#instruction textarea").click();
            page.keyboard().press("Control+Shift+Z");
            assertThat(entries.nth(1)).hasAttribute("aria-current", "true");
            assertEquals(grey, api.get("/api/v1/sessions/" + sessionId).ok().get("headRoundId").asLong());

            // from the original again: a second branch
            page.locator("#history [data-round-id=source]").click();
            assertThat(page.locator("#history [data-round-id=source]")).hasAttribute("aria-current", "true");
            page.locator("#clear-selection").click();
            page.locator("#instruction textarea").fill("make it brighter");
            assertThat(page.locator("#selection-note")).containsText("whole image");
            page.locator("#apply").click();
            assertThat(entries).hasCount(3);
            assertThat(entries.nth(2)).containsText("done");
            JsonNode rounds = api.get("/api/v1/sessions/" + sessionId).ok().get("rounds");
            assertEquals(2, rounds.size());
            assertTrue(!rounds.get(0).hasNonNull("parentRoundId") && !rounds.get(1).hasNonNull("parentRoundId"),
                    "two branches from the original");

            // the history survives a reload
            page.reload();
            assertThat(entries).hasCount(3);
            assertThat(entries.nth(2)).hasAttribute("aria-current", "true");

            // typed history commands move through the history instead of editing
            page.locator("#instruction textarea").fill("start over");
            assertThat(page.locator("#understood")).containsText("Back to the original image");
            page.locator("#apply").click();
            assertThat(page.locator("#history [data-round-id=source]")).hasAttribute("aria-current", "true");
            assertTrue(api.get("/api/v1/sessions/" + sessionId).ok().get("headRoundId").isNull());
            page.locator("#instruction textarea").fill("redo");
            assertThat(page.locator("#understood")).containsText("Redo");
            page.locator("#apply").click();
            assertThat(entries.nth(2)).hasAttribute("aria-current", "true");
            assertEquals(2, api.get("/api/v1/sessions/" + sessionId).ok().get("rounds").size(), "no round was made");

            // download what is shown
            Download png = page.waitForDownload(() -> page.locator("#download-png").click());
            BufferedImage downloaded = ImageIO.read(png.path().toFile());
            assertEquals(before.getWidth(), downloaded.getWidth());
            assertTrue(luma(downloaded, 400, 400) > luma(before, 400, 400), "the download is the brighter branch");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-branches.png")));

            // the whole session: the source, both rounds' images and the round tree
            Download zip = page.waitForDownload(() -> page.locator("#download-zip").click());
            java.util.Set<String> names = new java.util.TreeSet<>();
            String json = null;
            try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip.path()))) {
                for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    names.add(entry.getName());
                    if (entry.getName().equals("session.json")) {
                        json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
            assertEquals(java.util.Set.of("source.png", "round-" + rounds.get(0).get("id").asLong() + ".png",
                    "round-" + rounds.get(1).get("id").asLong() + ".png", "session.json"), names);
            assertTrue(json.contains("convert to black and white") && json.contains("make it brighter"), json);
        }
    }

    @Test
    void anImagePastedOnTheStartPageOpensASessionThatCatchesUpAfterTheNetworkDrops() throws Exception {
        try (BrowserContext context = browser.newContext("en-US")) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            page.setViewportSize(1366, 768);
            login(page, "admin", PackagedApp.ADMIN_PASSWORD);
            assertThat(page.locator("#editor-start")).isVisible();
            // what a browser hands the page on Ctrl+V after copying an image: a paste event carrying the file
            page.evaluate("""
                    b64 => {
                      const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
                      const data = new DataTransfer();
                      data.items.add(new File([bytes], 'pasted.png', {type: 'image/png'}));
                      document.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true}));
                    }""", java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(PHOTO)));
            assertThat(page).hasURL(Pattern.compile(".*session=\\d+.*"));
            page.waitForFunction("() => document.querySelector('#canvas')?.loaded === true");
            long sessionId = Long.parseLong(page.url().replaceAll(".*session=(\\d+).*", "$1"));
            ApiClient api = ApiClient.basic(app.url(""), "admin", PackagedApp.ADMIN_PASSWORD);
            JsonNode session = api.get("/api/v1/sessions/" + sessionId).ok();
            BufferedImage source = ImageIO.read(PHOTO.toFile());
            assertEquals(List.of(source.getWidth(), source.getHeight()),
                    List.of(session.at("/source/width").asInt(), session.at("/source/height").asInt()), session.toString());

            // the network drops while an edit of this session runs (made elsewhere: the API); back online, the
            // view catches up without a reload
            context.setOffline(true);
            try (ApiClient.Events events = api.events(sessionId)) {
                long round = api.postJson("/api/v1/sessions/" + sessionId + "/edits",
                        Map.of("instruction", "make it brighter")).ok().get("roundId").asLong();
                JsonNode finished = events.awaitFinal(round, Duration.ofMinutes(1));
                assertEquals("succeeded", finished.get("status").asText(), finished.toString());
            }
            // the page knows it is cut off, and has not seen the round
            assertThat(page.locator("vaadin-connection-indicator")).hasAttribute("offline", "");
            Locator entries = page.locator("#history .es-history-entry");
            assertThat(entries).hasCount(1);
            context.setOffline(false);
            assertThat(page.locator("vaadin-connection-indicator")).not().hasAttribute("offline", "");
            assertThat(entries).hasCount(2);
            assertThat(entries.nth(1)).containsText("done");
        }
    }

    private static void upload(Page page, Path file) {
        FileChooser chooser = page.waitForFileChooser(() -> page.locator("#upload vaadin-button").first().click());
        chooser.setFiles(file);
    }

    /** Drags on the canvas between two points given in image pixels. */
    private static void dragRectangle(Page page, int x0, int y0, int x1, int y1) {
        var box = page.locator("#canvas").boundingBox();
        double scale = ((Number) page.evaluate("() => document.querySelector('#canvas').scale")).doubleValue();
        double ox = ((Number) page.evaluate("() => document.querySelector('#canvas').offset.x")).doubleValue();
        double oy = ((Number) page.evaluate("() => document.querySelector('#canvas').offset.y")).doubleValue();
        page.mouse().move(box.x + ox + x0 * scale, box.y + oy + y0 * scale);
        page.mouse().down();
        page.mouse().move(box.x + ox + (x0 + x1) / 2.0 * scale, box.y + oy + (y0 + y1) / 2.0 * scale);
        page.mouse().move(box.x + ox + x1 * scale, box.y + oy + y1 * scale);
        page.mouse().up();
        assertThat(page.locator("#selection-note")).not().containsText("whole image");
    }

    /** Outside the rectangle (with a 3 px margin for the rounding of screen to image pixels): untouched. */
    private static void assertSelectionOnlyChanged(BufferedImage before, BufferedImage after, int x0, int y0, int x1,
            int y1) {
        int changedOutside = 0;
        int colouredInside = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                boolean farOutside = x < x0 - 3 || x >= x1 + 3 || y < y0 - 3 || y >= y1 + 3;
                boolean wellInside = x >= x0 + 3 && x < x1 - 3 && y >= y0 + 3 && y < y1 - 3;
                int a = after.getRGB(x, y);
                if (farOutside && a != before.getRGB(x, y)) {
                    changedOutside++;
                }
                if (wellInside && ((a >> 16) & 0xff) != (a & 0xff)) {
                    colouredInside++;
                }
            }
        }
        assertEquals(0, changedOutside, "nothing outside the selection changed");
        assertEquals(0, colouredInside, "the selection is grey");
    }

    private static BufferedImage image(ApiClient api, String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("admin:" + PackagedApp.ADMIN_PASSWORD).getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        return ImageIO.read(new ByteArrayInputStream(r.body()));
    }

    private static double luma(BufferedImage img, int x, int y) {
        int p = img.getRGB(x, y);
        return 0.299 * ((p >> 16) & 0xff) + 0.587 * ((p >> 8) & 0xff) + 0.114 * (p & 0xff);
    }
}
