package coop.toitcommun.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * Checks a page open in the browser as a person with assistive technology or a phone would meet it: axe-core's
 * rules for WCAG 2.1 levels A and AA (the experimental ones included, such as the visible label being part of a
 * link's accessible name), and no content wider than the window. axe-core comes from the test classpath; nothing is
 * downloaded while testing.
 */
public final class PageAudit {

    /** The widths checked: a laptop, and a common phone held upright (390 CSS pixels). */
    public static final int DESKTOP = 1280;
    public static final int PHONE = 390;
    private static final int HEIGHT = 900;

    private static final List<String> WCAG_21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final int ELEMENTS_SHOWN = 5;

    private static final String AXE = axeSource();

    /**
     * axe.run on the whole document with the rules of WCAG 2.1 A and AA (those axe calls experimental included, those
     * it calls deprecated left out, and those asked to be skipped), and those only: its best practices would be run for
     * nothing. The violations come back with their elements.
     */
    private static final String RUN_AXE = """
        async ([wcag, skipped]) => {
          const rules = axe.getRules(wcag).filter(rule => !rule.tags.includes('deprecated') && !skipped.includes(rule.ruleId))
            .map(rule => rule.ruleId);
          const result = await axe.run(document, {runOnly: {type: 'rule', values: rules}, resultTypes: ['violations']});
          return result.violations.map(rule => ({rule: rule.id, impact: rule.impact || '', help: rule.help,
                                                 elements: rule.nodes.map(node => node.target.join(' '))}));
        }""";

    /**
     * The elements that first stick out past the window's right edge (their parent does not), unless a scrolling
     * container holds them (a table that scrolls sideways inside its frame is fine).
     */
    private static final String OVERFLOW = """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return null;
          const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
            + [...e.classList].slice(0, 3).map(c => '.' + c).join('');
          const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }
            return false; };
          const sticksOut = e => e.getBoundingClientRect().right > width + 1;
          const culprits = [...document.body.querySelectorAll('*')]
            .filter(e => sticksOut(e) && !(e.parentElement && sticksOut(e.parentElement)) && !scrolls(e))
            .map(e => describe(e) + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)');
          return {width: document.documentElement.scrollWidth, elements: culprits};
        }""";

    private PageAudit() {
    }

    /** A browser page ready to be audited: axe-core loaded into every document it opens, at desktop width. */
    public static Page prepare(Page page) {
        page.addInitScript(AXE);
        page.setViewportSize(DESKTOP, HEIGHT);
        return page;
    }

    /**
     * Opens {@code url} once and audits it at the width the window has, then at the other width (the window keeps it for
     * the next page, so that no page is laid out again for nothing). Each problem reads: page, who, width, rule and the
     * elements concerned. A page that does not open as such (a redirection, say to the sign-in page) is a problem too.
     * Without {@code contrast}, axe's colour-contrast rule is left out: it is four fifths of axe's time, and the colours
     * of a page do not change with its language, so it runs once per page and account, in French.
     */
    public static List<String> audit(Page page, String url, String path, String who, boolean contrast) {
        Response response = page.navigate(url);
        if (response == null || response.status() != 200 || response.request().redirectedFrom() != null) {
            return List.of(path + " · " + who + " · did not open in the browser: " + (response == null ? "no response"
                : response.status() + " " + response.url()));
        }
        int first = page.viewportSize().width;
        int second = first == DESKTOP ? PHONE : DESKTOP;
        List<String> skipped = contrast ? List.of() : List.of("color-contrast");
        List<String> problems = new ArrayList<>(check(page, path, who, first, skipped));
        page.setViewportSize(second, HEIGHT);
        problems.addAll(check(page, path, who, second, skipped));
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static List<String> check(Page page, String path, String who, int width, List<String> skipped) {
        List<String> problems = new ArrayList<>();
        String where = path + " · " + who + " · " + width + " px · ";
        for (Map<String, Object> violation : (List<Map<String, Object>>) page.evaluate(RUN_AXE, List.of(WCAG_21_A_AA, skipped))) {
            problems.add(where + violation.get("rule") + " (" + violation.get("impact") + ", " + violation.get("help") + "): "
                + elements((List<String>) violation.get("elements")));
        }
        Map<String, Object> overflow = (Map<String, Object>) page.evaluate(OVERFLOW);
        if (overflow != null) {
            problems.add(where + "page wider than the window (" + overflow.get("width") + " px): "
                + elements((List<String>) overflow.get("elements")));
        }
        return problems;
    }

    private static String elements(List<String> elements) {
        String shown = String.join(", ", elements.subList(0, Math.min(ELEMENTS_SHOWN, elements.size())));
        return elements.size() > ELEMENTS_SHOWN ? shown + " … (" + elements.size() + " elements)" : shown;
    }

    private static String axeSource() {
        try (InputStream in = PageAudit.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:playwright)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
