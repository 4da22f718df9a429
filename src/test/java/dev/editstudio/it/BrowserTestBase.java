package dev.editstudio.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

/** One packaged app (own data directory) and one Chromium per test class, and logging in through the form. */
abstract class BrowserTestBase {

    static final Path SHOTS = Path.of("target", "screenshots");
    static final Path PHOTOS = Path.of(System.getProperty("test.eval.dir", "../shared/eval"), "images");

    static PackagedApp app;
    static Browser browser;

    @BeforeAll
    static void startAppAndBrowser(TestInfo test) throws Exception {
        String name = test.getTestClass().map(Class::getSimpleName).orElse("it").toLowerCase();
        app = new PackagedApp(Path.of("target", "it-data", name + "-" + ProcessHandle.current().pid()));
        app.start();
        browser = new Browser();
    }

    @AfterAll
    static void stopAppAndBrowser() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (app != null) {
            app.close();
            app = null;
        }
    }

    /** Fills and submits the login form (no waiting: callers assert what should follow). */
    static void submitLogin(Page page, String username, String password) {
        page.navigate(app.url("/login"));
        page.locator("#login-form input[name=username]").fill(username);
        page.locator("#login-form input[name=password]").fill(password);
        page.locator("#login-form vaadin-button[slot=submit]").click();
    }

    /** Logs in and waits for the editor. */
    static void login(Page page, String username, String password) {
        submitLogin(page, username, password);
        assertThat(page.locator("#editor-title")).isVisible();
    }
}
