package dev.editstudio.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Sessions gallery in a real browser: what the API made shows up, can be searched, renamed and deleted. */
class SessionsIT extends BrowserTestBase {


    @Test
    void theGalleryShowsSearchesRenamesAndDeletesSessions() throws Exception {
        ApiClient api = ApiClient.basic(app.url(""), "admin", PackagedApp.ADMIN_PASSWORD);
        long lighthouse = api.upload(Files.readAllBytes(PHOTOS.resolve("kodim08.png")), "a.png", "Lighthouse")
                .ok().get("id").asLong();
        long round = api.postJson("/api/v1/sessions/" + lighthouse + "/edits", Map.of("instruction", "make it warmer"))
                .ok().get("roundId").asLong();
        api.upload(Files.readAllBytes(PHOTOS.resolve("kodim12.png")), "b.png", "Beach");

        try (BrowserContext context = browser.newContext("en-US")) {
            Page page = context.newPage();
            login(page, "admin", PackagedApp.ADMIN_PASSWORD);
            page.locator("#main-nav").getByText("Sessions").click();
            assertThat(page).hasURL(Pattern.compile(".*/sessions"));

            Locator cards = page.locator(".es-session-card");
            assertThat(cards).hasCount(2);
            Locator card = page.locator(".es-session-card[data-session-id='" + lighthouse + "']");
            assertThat(card).containsText("Lighthouse");
            assertThat(card).containsText("1 round ·");
            // the thumbnail really loaded (served through the same access check as the API)
            page.waitForFunction("id => { const i = document.querySelector(`.es-session-card[data-session-id='${id}'] img`);"
                    + " return i && i.complete && i.naturalWidth > 0; }", String.valueOf(lighthouse));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("sessions-gallery.png")));

            page.locator("#session-search input").fill("warmer"); // matches the instruction, not the title
            assertThat(cards).hasCount(1);
            assertThat(cards.first()).containsText("Lighthouse");
            page.locator("#session-search input").fill("nothing like this");
            assertThat(page.locator("#sessions-empty")).isVisible();
            page.locator("#session-search input").fill("");
            assertThat(cards).hasCount(2);

            card.getByText("Open").click();
            assertThat(page).hasURL(Pattern.compile(".*session=" + lighthouse + ".*"));
            assertThat(page.locator("#editor-title")).hasText("Lighthouse");
            assertThat(page.locator("#history .es-history-entry")).hasCount(2);
            page.goBack();
            assertThat(cards).hasCount(2);

            card.getByLabel("Rename").click();
            page.locator("#rename-title input").fill("Lighthouse at dusk");
            page.locator("#rename-save").click();
            assertThat(card).containsText("Lighthouse at dusk");

            card.getByLabel("Delete").click();
            page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog").getByText("Delete", 
                    new Locator.GetByTextOptions().setExact(true)).last().click();
            assertThat(cards).hasCount(1);
            assertThat(cards.first()).containsText("Beach");
        }
        assertEquals(404, api.get("/api/v1/sessions/" + lighthouse).status());
        assertEquals(404, api.get("/api/v1/rounds/" + round).status());
        assertTrue(api.get("/api/v1/sessions").ok().size() == 1);
    }
}
