package dev.editstudio.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Sharing in Chromium: the owner shares a session with a team, a colleague continues editing it; a public link opens
 * in a fresh browser without login until it is revoked, then it is not found.
 */
class SharingIT extends BrowserTestBase {

    static final Path PHOTO = PHOTOS.resolve("kodim18.png");

    @Test
    void aColleagueContinuesASharedSessionAndAPublicLinkWorksUntilRevoked() throws Exception {
        ApiClient admin = ApiClient.basic(app.url(""), "admin", PackagedApp.ADMIN_PASSWORD);
        admin.postJson("/api/v1/admin/users", Map.of("username", "lena", "password", "lena-password-1", "role", "user")).ok();
        long team = admin.postJson("/api/v1/teams", Map.of("name", "Poster team")).ok().get("id").asLong();
        admin.postJson("/api/v1/teams/" + team + "/members", Map.of("username", "lena")).ok();
        long session = admin.upload(Files.readAllBytes(PHOTO), "poster.png", "Spring poster").ok().get("id").asLong();

        String publicUrl;
        try (BrowserContext owner = browser.newContext("en-US")) {
            Page page = owner.newPage();
            page.setViewportSize(1366, 768);
            login(page, "admin", PackagedApp.ADMIN_PASSWORD);
            page.navigate(app.url("/?session=" + session));
            page.locator("#share").click();
            page.locator("#share-team").click();
            page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Poster team")).click();
            assertThat(page.locator("vaadin-notification-card").first()).containsText("Sharing saved");
            page.locator("#share-link-session").click();
            assertThat(page.locator("#share-url input")).hasValue(Pattern.compile(".*/s/esl_.*"));
            publicUrl = page.locator("#share-url input").inputValue();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("share-dialog.png")));
        }
        assertEquals(team, admin.get("/api/v1/sessions/" + session).ok().get("teamId").asLong());

        try (BrowserContext colleague = browser.newContext("en-US")) {
            Page page = colleague.newPage();
            page.setViewportSize(1366, 768);
            login(page, "lena", "lena-password-1");
            page.navigate(app.url("/sessions"));
            page.locator(".es-session-card[data-session-id='" + session + "']").getByText("Open").click();
            page.waitForFunction("() => document.querySelector('#canvas')?.loaded === true");
            page.locator("#instruction textarea").fill("add a vignette");
            page.locator("#apply").click();
            assertThat(page.locator("#history .es-history-entry")).hasCount(2);
            assertThat(page.locator("#history .es-history-entry").nth(1)).containsText("done");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("shared-colleague-edit.png")));
        }
        JsonNode rounds = admin.get("/api/v1/sessions/" + session).ok().get("rounds");
        assertEquals("lena", rounds.get(0).get("author").asText(), "the round records who made it");

        try (BrowserContext visitor = browser.newContext("en-US")) {
            Page page = visitor.newPage();
            page.navigate(publicUrl);
            assertThat(page.locator("#shared-title")).hasText("Spring poster");
            assertThat(page.locator("#shared-history .es-history-entry")).hasCount(1);
            page.waitForFunction("() => { const i = document.querySelector('#shared-image');"
                    + " return i && i.complete && i.naturalWidth > 0; }");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("shared-public.png")));

            // the owner revokes it; the visitor's next look finds nothing
            long link = admin.get("/api/v1/sessions/" + session + "/shares").ok().get(0).get("id").asLong();
            try (BrowserContext owner = browser.newContext("en-US")) {
                Page ownerPage = owner.newPage();
                login(ownerPage, "admin", PackagedApp.ADMIN_PASSWORD);
                ownerPage.navigate(app.url("/?session=" + session));
                ownerPage.locator("#share").click();
                ownerPage.locator("#share-links [data-link-id='" + link + "'] .es-revoke").click();
                assertThat(ownerPage.locator("#share-links [data-link-id='" + link + "']")).containsText("revoked");
            }
            page.navigate(publicUrl);
            assertThat(page.locator("#shared-missing")).hasText("404 · Link not found");
            assertThat(page.locator("#shared-title")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("shared-revoked.png")));
        }
        String token = publicUrl.substring(publicUrl.indexOf("/s/") + 3);
        assertEquals(404, admin.get("/api/v1/shared/" + token).status());
    }

}
