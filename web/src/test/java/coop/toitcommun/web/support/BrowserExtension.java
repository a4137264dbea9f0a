package coop.toitcommun.web.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's Chromium, headless, driven by Playwright. Without Chromium the tests are skipped with a message,
 * unless {@code BROWSER_TESTS=required} (CI), where they fail. A failing test leaves a screenshot of each of
 * its pages under {@code target/screenshots/}.
 */
public class BrowserExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run");

    /**
     * Generous waits: on a loaded machine (two cores, several builds at once) a page or an upload can take many
     * seconds. Tests wait on states (an element, a text, a URL); these only bound how long before giving up.
     */
    private static final double ACTION_TIMEOUT_MS = 60_000;
    private static final double ASSERTION_TIMEOUT_MS = 30_000;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        requireChromium();
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
        playwright = newPlaywright();
        browser = launch(playwright);
    }

    /** Skips the calling test class when Chromium is missing, or fails it when {@code BROWSER_TESTS=required}. */
    public static void requireChromium() {
        if (!Files.isExecutable(chromium())) {
            String message = "No Chromium at " + chromium() + " (apt-get install chromium, or set CHROMIUM_PATH)";
            if ("required".equalsIgnoreCase(System.getenv("BROWSER_TESTS"))) {
                Assertions.fail(message + ", and BROWSER_TESTS=required");
            }
            Assumptions.abort(message + ": browser tests skipped");
        }
    }

    /** A Playwright driver that never downloads a browser of its own. */
    public static Playwright newPlaywright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Debian's Chromium, headless, started by {@code playwright} (to be used from that Playwright's thread only). */
    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
            .setExecutablePath(chromium()).setHeadless(true).setArgs(CHROMIUM_FLAGS));
    }

    private static Path chromium() {
        return Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    }

    /** A fresh visitor (own cookies) whose browser speaks {@code locale}, on a phone-sized or desktop screen. */
    public Page newPage(String locale, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
            .setLocale(locale).setViewportSize(width, height));
        contexts.add(context);
        Page page = context.newPage();
        page.setDefaultTimeout(ACTION_TIMEOUT_MS);
        page.setDefaultNavigationTimeout(ACTION_TIMEOUT_MS);
        return page;
    }

    public Page newPage(String locale) {
        return newPage(locale, 1280, 900);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (context.getExecutionException().isPresent()) {
                Path folder = Files.createDirectories(Path.of("target", "screenshots"));
                int n = 0;
                for (BrowserContext browserContext : contexts) {
                    for (Page page : browserContext.pages()) {
                        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + "-" + n++ + ".png";
                        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(true));
                    }
                }
            }
        } finally {
            contexts.forEach(BrowserContext::close);
            contexts.clear();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
