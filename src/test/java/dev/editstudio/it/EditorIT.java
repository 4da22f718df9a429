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
import dev.editstudio.image.DecodedImage;
import dev.editstudio.image.TaggedImages;
import dev.editstudio.image.ImageDecoder;
import dev.editstudio.image.ImageEncoder;
import dev.editstudio.image.ImageFormat;
import dev.editstudio.image.Orientation;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
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
            // around the subject needs the subject selected, too
            page.locator("#instruction textarea").fill("make the background black and white");
            assertThat(page.locator("#selection-note")).containsText("Select a region first");
            assertThat(page.locator("#apply")).isDisabled();

            dragRectangle(page, 100, 100, 300, 250);
            page.locator("#instruction textarea").fill("make the background black and white");
            assertThat(page.locator("#understood")).containsText("outside the selection");
            assertThat(page.locator("#selection-note")).containsText("Applies outside the selection");
            assertThat(page.locator("#apply")).isEnabled();
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

    /**
     * What phones upload: a JPEG stored sideways with EXIF orientation 6, with a colour profile, and WebP. The
     * server's pixels agree with what Chromium draws for all eight orientations and for a profile; a selection drawn
     * on the upright canvas edits the upright pixels; a WebP that Chromium itself encoded opens and edits.
     */
    @Test
    void phonePhotosAreDecodedAsChromiumShowsThemAndEditedUpright() throws Exception {
        ImageDecoder decoder = new ImageDecoder(40_000_000L, 25 * 1024 * 1024);
        byte[] jpeg = ImageEncoder.jpeg(decoder.decode(Files.readAllBytes(PHOTO)), 0.92f);
        try (BrowserContext context = browser.newContext("en-US")) {
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            login(page, "admin", PackagedApp.ADMIN_PASSWORD);

            // the same photo under each orientation: Chromium's drawing and the server's pixels, patch by patch
            for (int value = 1; value <= 8; value++) {
                byte[] camera = TaggedImages.withOrientation(jpeg, value, value % 2 == 0);
                List<Double> shown = chromiumPatches(page, camera, "image/jpeg");
                DecodedImage ours = decoder.decode(camera);
                assertEquals(List.of((double) ours.width(), (double) ours.height()), shown.subList(0, 2),
                        "size under orientation " + value);
                double same = meanDifference(shown, patches(ours));
                assertTrue(same < 3, "orientation " + value + " differs from Chromium by " + same);
                // the check can tell orientations apart: the one mirrored from it is far off
                DecodedImage mirrored = Orientation.MIRRORED.apply(ours);
                assertTrue(meanDifference(shown, patches(mirrored)) > 10 * Math.max(same, 1),
                        "orientation " + value + " is told from its mirror image");
            }

            // a PNG turned by its eXIf chunk: Chromium turns it too
            byte[] turnedPng = TaggedImages.pngWithExif(Files.readAllBytes(PHOTO), 6);
            List<Double> pngShown = chromiumPatches(page, turnedPng, "image/png");
            DecodedImage pngOurs = decoder.decode(turnedPng);
            assertEquals(List.of((double) pngOurs.width(), (double) pngOurs.height()), pngShown.subList(0, 2));
            assertTrue(meanDifference(pngShown, patches(pngOurs)) < 1, "a PNG's pixels are exact");

            // a JPEG with a colour profile (the JDK's linear RGB; phones write Display P3): turned into sRGB as
            // Chromium turns it, and the profile is not ignored
            byte[] tagged = TaggedImages.withColourProfile(jpeg,
                    ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData());
            List<Double> taggedShown = chromiumPatches(page, tagged, "image/jpeg");
            assertTrue(meanDifference(taggedShown, patches(decoder.decode(tagged))) < 3, "colour managed as Chromium");
            assertTrue(meanDifference(taggedShown, patches(decoder.decode(jpeg))) > 10, "the profile changes colours");

            // a portrait shot from a phone: selected and edited upright
            Path portrait = Files.createTempFile("portrait", ".jpg");
            byte[] sideways = TaggedImages.withOrientation(jpeg, 6, false);
            Files.write(portrait, sideways);
            page.navigate(app.url("/"));
            upload(page, portrait);
            assertThat(page).hasURL(Pattern.compile(".*session=\\d+.*"));
            long sessionId = Long.parseLong(page.url().replaceAll(".*session=(\\d+).*", "$1"));
            page.waitForFunction("() => document.querySelector('#canvas')?.loaded === true");
            ApiClient api = ApiClient.basic(app.url(""), "admin", PackagedApp.ADMIN_PASSWORD);
            JsonNode session = api.get("/api/v1/sessions/" + sessionId).ok();
            assertEquals(List.of(512, 768), List.of(session.at("/source/width").asInt(),
                    session.at("/source/height").asInt()), session.toString());
            // before any edit, "PNG" downloads a PNG of what is shown, not the JPEG as uploaded
            Download png = page.waitForDownload(() -> page.locator("#download-png").click());
            byte[] pngBytes = Files.readAllBytes(png.path());
            assertEquals(ImageFormat.PNG, ImageFormat.sniff(pngBytes).orElseThrow());
            assertEquals(512, decoder.decode(pngBytes).width());
            dragRectangle(page, 100, 400, 400, 700);
            page.locator("#instruction textarea").fill("convert to black and white");
            page.locator("#apply").click();
            Locator entries = page.locator("#history .es-history-entry");
            assertThat(entries.nth(1)).containsText("done");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-portrait.png")));
            long round = api.get("/api/v1/sessions/" + sessionId).ok().get("headRoundId").asLong();
            BufferedImage after = image(api, "/api/v1/rounds/" + round + "/image");
            assertEquals(List.of(512, 768), List.of(after.getWidth(), after.getHeight()));
            assertSelectionOnlyChanged(toImage(decoder.decode(sideways)), after, 100, 400, 400, 700);

            // a WebP as Chromium writes it (saving an image from the web, say): opens, is shown as it is, edits
            String webp64 = (String) page.evaluate("""
                    async b64 => {
                      const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
                      const img = new Image(); img.src = URL.createObjectURL(new Blob([bytes], {type: 'image/jpeg'}));
                      await img.decode();
                      const c = document.createElement('canvas'); c.width = img.naturalWidth; c.height = img.naturalHeight;
                      c.getContext('2d').drawImage(img, 0, 0);
                      return c.toDataURL('image/webp', 0.9).split(',')[1];
                    }""", java.util.Base64.getEncoder().encodeToString(sideways));
            byte[] webp = java.util.Base64.getDecoder().decode(webp64);
            assertEquals(ImageFormat.WEBP, ImageFormat.sniff(webp).orElseThrow());
            JsonNode fromWebp = api.upload(webp, "saved.webp", "saved").ok();
            assertEquals(List.of(512, 768, "webp"), List.of(fromWebp.at("/source/width").asInt(),
                    fromWebp.at("/source/height").asInt(), fromWebp.at("/source/format").asText()), fromWebp.toString());
            assertTrue(meanDifference(chromiumPatches(page, webp, "image/webp"), patches(decoder.decode(webp))) < 3,
                    "the server reads the WebP as Chromium does");
            long webpSession = fromWebp.get("id").asLong();
            try (ApiClient.Events events = api.events(webpSession)) {
                long edit = api.postJson("/api/v1/sessions/" + webpSession + "/edits",
                        Map.of("instruction", "make it brighter")).ok().get("roundId").asLong();
                assertEquals("succeeded", events.awaitFinal(edit, Duration.ofMinutes(1)).get("status").asText());
            }
        }
    }

    /** Width, height, then the mean R, G, B of 9 x 9 patches on a 5 x 5 grid of the image as Chromium draws it. */
    @SuppressWarnings("unchecked")
    private static List<Double> chromiumPatches(Page page, byte[] file, String type) {
        List<Number> raw = (List<Number>) page.evaluate("""
                async ([b64, type]) => {
                  const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
                  const img = new Image(); img.src = URL.createObjectURL(new Blob([bytes], {type}));
                  await img.decode();
                  const w = img.naturalWidth, h = img.naturalHeight;
                  const c = document.createElement('canvas'); c.width = w; c.height = h;
                  const g = c.getContext('2d'); g.drawImage(img, 0, 0);
                  const px = g.getImageData(0, 0, w, h).data;
                  const out = [w, h];
                  for (let gy = 1; gy <= 5; gy++) for (let gx = 1; gx <= 5; gx++) {
                    const cx = Math.floor(w * gx / 6), cy = Math.floor(h * gy / 6);
                    for (let ch = 0; ch < 3; ch++) {
                      let sum = 0;
                      for (let y = cy - 4; y <= cy + 4; y++) for (let x = cx - 4; x <= cx + 4; x++) sum += px[(y * w + x) * 4 + ch];
                      out.push(sum / 81);
                    }
                  }
                  return out;
                }""", List.of(java.util.Base64.getEncoder().encodeToString(file), type));
        return raw.stream().map(Number::doubleValue).toList();
    }

    /** The same patches as {@link #chromiumPatches}, of decoded pixels (width and height left out). */
    private static List<Double> patches(DecodedImage d) {
        List<Double> out = new java.util.ArrayList<>();
        int w = d.width();
        int h = d.height();
        for (int gy = 1; gy <= 5; gy++) {
            for (int gx = 1; gx <= 5; gx++) {
                int cx = w * gx / 6;
                int cy = h * gy / 6;
                for (int ch = 0; ch < 3; ch++) {
                    double sum = 0;
                    for (int y = cy - 4; y <= cy + 4; y++) {
                        for (int x = cx - 4; x <= cx + 4; x++) {
                            sum += d.data()[(y * w + x) * d.channels() + ch] & 0xff;
                        }
                    }
                    out.add(sum / 81);
                }
            }
        }
        return out;
    }

    /** Mean absolute difference of Chromium's patches (after its width and height) and ours. */
    private static double meanDifference(List<Double> chromium, List<Double> ours) {
        double sum = 0;
        for (int i = 0; i < ours.size(); i++) {
            sum += Math.abs(chromium.get(i + 2) - ours.get(i));
        }
        return sum / ours.size();
    }

    private static BufferedImage toImage(DecodedImage d) {
        BufferedImage img = new BufferedImage(d.width(), d.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < d.height(); y++) {
            for (int x = 0; x < d.width(); x++) {
                int i = (y * d.width() + x) * d.channels();
                img.setRGB(x, y, (d.data()[i] & 0xff) << 16 | (d.data()[i + 1] & 0xff) << 8 | (d.data()[i + 2] & 0xff));
            }
        }
        return img;
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
