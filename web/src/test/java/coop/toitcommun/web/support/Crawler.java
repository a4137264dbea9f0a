package coop.toitcommun.web.support;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows the links a visitor sees, breadth first, from some start pages: what a person clicking through the
 * site would open. Only pages of the site are followed; files, feeds and anchors are not pages.
 */
public final class Crawler {

    /** A page opened, the page whose link led to it ({@code null} for a start page), and its HTML if it has some. */
    public record Page(String path, String linkedFrom, int status, String body, Document html) {

        /** A page a person reads: it opened (200) and is HTML. */
        public boolean readable() {
            return status == 200 && html != null;
        }
    }

    private Crawler() {
    }

    /** Opens the start pages, then the pages they link to, up to {@code depth} clicks, those {@code follow} admits. */
    public static List<Page> crawl(WebClient visitor, List<String> start, int depth, Predicate<String> follow) {
        return crawl(visitor, start, depth, follow, page -> { });
    }

    /** As {@link #crawl(WebClient, List, int, Predicate)}, handing each page to {@code opened} as soon as it is read. */
    public static List<Page> crawl(WebClient visitor, List<String> start, int depth, Predicate<String> follow,
                                   Consumer<Page> opened) {
        Set<String> seen = new LinkedHashSet<>(start);
        Deque<Object[]> queue = new ArrayDeque<>();
        start.forEach(path -> queue.add(new Object[] {path, null, 0}));
        List<Page> pages = new ArrayList<>();
        while (!queue.isEmpty()) {
            Object[] next = queue.poll();
            String path = (String) next[0];
            int clicks = (Integer) next[2];
            HttpResponse<String> response = visitor.get(path);
            boolean html = response.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
            Document document = html ? Jsoup.parse(response.body()) : null;
            Page page = new Page(path, (String) next[1], response.statusCode(), response.body(), document);
            pages.add(page);
            opened.accept(page);
            if (clicks >= depth || response.statusCode() != 200 || document == null) {
                continue;
            }
            for (String href : visibleLinks(document)) {
                if (isPage(href) && follow.test(href) && seen.add(href)) {
                    queue.add(new Object[] {href, path, clicks + 1});
                }
            }
        }
        return pages;
    }

    /** The links a person can see and click: not inside a hidden element or a template. */
    public static List<String> visibleLinks(Document page) {
        List<String> links = new ArrayList<>();
        for (Element link : page.select("a[href]")) {
            if (link.parents().stream().noneMatch(Crawler::hides) && !hides(link)) {
                links.add(link.attr("href"));
            }
        }
        return links;
    }

    /** Hidden for everyone: not {@code d-none d-md-block}, which shows on wider screens. */
    private static boolean hides(Element element) {
        return element.hasAttr("hidden") || element.tagName().equals("template")
            || element.hasClass("d-none") && element.classNames().stream().noneMatch(c -> c.matches("d-(sm|md|lg|xl|xxl)-(?!none).*"));
    }

    /**
     * Pages of the site; files (PDF, CSV, iCal, JSON), feeds, documents and anchors are not pages to open, nor the
     * visitor's language switch, which would change the language of the rest of the crawl.
     */
    public static boolean isPage(String href) {
        return href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/assets") && !href.startsWith("/webjars")
            && !href.startsWith("/language")
            && !href.startsWith("/feeds/") && !href.contains("#") && !href.matches(".*\\.(pdf|csv|ics|json)(\\?.*)?$")
            && !href.contains("/documents/");
    }
}
