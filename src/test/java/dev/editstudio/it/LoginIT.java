package dev.editstudio.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Logging in and out in a real browser against the packaged app. */
class LoginIT extends BrowserTestBase {

    /** A page in the context, logged in as the admin through the login form. */
    private static Page loggedInAsAdmin(BrowserContext context) {
        Page page = context.newPage();
        submitLogin(page, "admin", PackagedApp.ADMIN_PASSWORD);
        return page;
    }

    @Test
    void adminLogsInSeesTheEditorAndLogsOut() {
        try (BrowserContext context = browser.newContext("en-US")) {
            Page page = context.newPage();
            page.navigate(app.url("/"));
            assertThat(page).hasURL(Pattern.compile(".*/login.*"));
            submitLogin(page, "admin", PackagedApp.ADMIN_PASSWORD);

            assertThat(page.locator("#editor-title")).hasText("Editor");
            assertThat(page.locator("#current-user")).hasText("Administrator");
            assertThat(page.locator("#main-nav")).containsText("Admin");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-logged-in.png")));

            page.locator("#logout").click();
            assertThat(page).hasURL(Pattern.compile(".*/login.*"));
            page.navigate(app.url("/admin"));
            assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        }
    }

    @Test
    void wrongPasswordShowsAnErrorAndGrantsNothing() {
        try (BrowserContext context = browser.newContext("en-US")) {
            Page page = context.newPage();
            page.navigate(app.url("/login"));
            submitLogin(page, "admin", "not-the-password");
            // the message sits in the form's i18n from the start: only its being visible proves the error
            assertThat(page.getByText("Check that the username and password are correct")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("login-error.png")));
            page.navigate(app.url("/"));
            assertThat(page).hasURL(Pattern.compile(".*/login.*"));
            assertThat(page.locator("#editor-title")).hasCount(0);
        }
    }

    @Test
    void chineseBrowsersGetTheChineseUi() {
        try (BrowserContext context = browser.newContext("zh-CN")) {
            Page page = loggedInAsAdmin(context);
            assertThat(page.locator("#editor-title")).hasText("编辑器");
            assertThat(page.locator("#logout")).containsText("退出登录");
            // the upload's own button too, which Vaadin words in English unless told
            assertThat(page.locator("#upload vaadin-button, #upload [slot='add-button']").first()).containsText("选择照片");
            assertThat(page.locator("#upload")).containsText("最大 25 MB");
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("editor-zh.png")));
        }
    }

    @Test
    void theLanguageCanBeSwitchedForTheSession() {
        try (BrowserContext context = browser.newContext("en-US")) {
            Page page = loggedInAsAdmin(context);
            assertThat(page.locator("#editor-title")).hasText("Editor");
            page.locator("#language").click();
            page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("中文")).click();
            assertThat(page.locator("#editor-title")).hasText("编辑器");
            page.navigate(app.url("/team"));
            assertThat(page.locator("#main-nav")).containsText("团队");
        }
    }
}
