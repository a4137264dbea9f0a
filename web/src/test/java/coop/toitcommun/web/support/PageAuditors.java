package coop.toitcommun.web.support;

import java.net.HttpCookie;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Audits pages with {@link PageAudit} in several headless Chromium at once, while the crawler goes on: each of its
 * threads drives a Playwright and a browser of its own (Playwright's objects belong to the thread that made them). A
 * page is opened with the session of the crawler that found it (same account, same language), so the browser signs in
 * nowhere, and keeps its cache of styles and scripts from one page to the next.
 */
public final class PageAuditors implements BeforeAllCallback, AfterAllCallback {

    private static final double TIMEOUT_MS = 60_000;

    private final int threads;
    private final Queue<Auditor> started = new ConcurrentLinkedQueue<>();
    private final ThreadLocal<Auditor> auditor = ThreadLocal.withInitial(this::start);
    private ExecutorService pool;

    public PageAuditors(int threads) {
        this.threads = threads;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        BrowserExtension.requireChromium();
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "page-audit-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Audits {@code path} of the site at {@code base}, opened with the cookies of {@code session}, at desktop and phone
     * widths, colour contrast included if asked; each problem names the page, {@code who} read it, the width, the rule
     * and the elements.
     */
    public Future<List<String>> audit(String base, List<HttpCookie> session, String path, String who, boolean contrast) {
        return pool.submit(() -> auditor.get().audit(base, session, path, who, contrast));
    }

    private Auditor start() {
        Auditor auditor = new Auditor();
        started.add(auditor);
        return auditor;
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        if (pool != null) {
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        started.forEach(Auditor::close);
    }

    /** One thread's browser, with one tab in the session of the pages it is given. */
    private static final class Auditor {

        private final Playwright playwright = BrowserExtension.newPlaywright();
        private final Browser browser = BrowserExtension.launch(playwright);
        private BrowserContext context;
        private Page tab;
        private List<String> session;

        List<String> audit(String base, List<HttpCookie> cookies, String path, String who, boolean contrast) {
            // HttpCookie's equals ignores the value, which tells one session from another
            List<String> session = cookies.stream().map(HttpCookie::toString).toList();
            if (!session.equals(this.session)) {
                open(base, cookies);
                this.session = session;
            }
            try {
                return PageAudit.audit(tab, base + path, path, who, contrast);
            } catch (PlaywrightException e) {
                throw new IllegalStateException("Could not audit " + path + " for " + who, e);
            }
        }

        private void open(String base, List<HttpCookie> cookies) {
            if (context != null) {
                context.close();
            }
            context = browser.newContext();
            context.addCookies(cookies.stream().map(cookie -> new Cookie(cookie.getName(), cookie.getValue()).setUrl(base)).toList());
            tab = PageAudit.prepare(context.newPage());
            tab.setDefaultTimeout(TIMEOUT_MS);
            tab.setDefaultNavigationTimeout(TIMEOUT_MS);
        }

        void close() {
            browser.close();
            playwright.close();
        }
    }
}
