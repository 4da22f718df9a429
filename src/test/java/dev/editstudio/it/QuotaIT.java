package dev.editstudio.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An admin sets a quota on the dashboard; the user reaches it and the editor says so before Apply. */
class QuotaIT extends BrowserTestBase {

    static final Path PHOTO = PHOTOS.resolve("kodim16.png");

    @Test
    void theAdminSetsAQuotaAndTheUserSeesItReached() throws Exception {
        ApiClient admin = ApiClient.basic(app.url(""), "admin", PackagedApp.ADMIN_PASSWORD);
        ApiClient uma = admin.newUserWithToken("uma", "uma-password-1");
        long session = uma.upload(Files.readAllBytes(PHOTO), "p.png", "Uma's photo").ok().get("id").asLong();
        long warmup = uma.postJson("/api/v1/sessions/" + session + "/edits", Map.of("instruction", "make it warmer"))
                .ok().get("roundId").asLong();

        try (BrowserContext context = browser.newContext("en-US")) {
            Page page = context.newPage();
            page.setViewportSize(1366, 900);
            login(page, "admin", PackagedApp.ADMIN_PASSWORD);
            page.navigate(app.url("/admin"));
            assertThat(page.locator("#chart-edits")).hasAttribute("drawn", "");
            assertThat(page.locator("#chart-top-users")).hasAttribute("drawn", "");
            page.locator("#quota-user-uma .admin-quota-edits input").fill("1");
            page.locator("#quota-user-uma vaadin-button").click();
            assertThat(page.locator("vaadin-notification-card").first()).containsText("Quota saved");
            assertThat(page.locator("#admin-audit")).containsText("user uma");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("admin-dashboard.png")).setFullPage(true));
        }
        assertEquals(1, admin.get("/api/v1/admin/users/uma/quota").ok().get("editsPerDay").asInt());

        // uma already made one edit today: the editor says the quota is reached before she clicks anything
        uma.get("/api/v1/rounds/" + warmup).ok();
        try (BrowserContext context = browser.newContext("en-US")) {
            Page page = context.newPage();
            page.setViewportSize(1366, 768);
            login(page, "uma", "uma-password-1");
            page.navigate(app.url("/?session=" + session));
            assertThat(page.locator("#quota-note")).containsText("You have used your one edit for today");
            page.locator("#instruction textarea").fill("make it brighter");
            assertThat(page.locator("#apply")).isDisabled();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-quota-reached.png")));

            // the dashboard is for admins only
            page.navigate(app.url("/admin"));
            assertThat(page.getByText("Could not navigate to 'admin'")).isVisible();
            assertThat(page.locator("#admin-view")).hasCount(0);
            page.navigate(app.url("/"));
            assertThat(page.locator("#main-nav")).containsText("Sessions");
            assertThat(page.locator("#main-nav")).not().containsText("Admin");
        }
        ApiClient.Answer refused = uma.postJson("/api/v1/sessions/" + session + "/edits",
                Map.of("instruction", "make it brighter"));
        assertEquals(429, refused.status());
        assertEquals("quota_exceeded", refused.body().get("error").asText());
        assertEquals(1, refused.body().get("used").asInt());
    }

}
