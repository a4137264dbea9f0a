package coop.toitcommun.web.performance;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.venue.Calendars;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Rendering the daily pages throws no exception: a Java Flight Recorder recording of every exception created
 * ({@code jdk.JavaExceptionThrow}, off by default because it costs) sees none on the server's request threads while
 * the calendars, the directory, the home page, the dashboard and a meeting page are asked for (a client closing a
 * kept-alive connection between two requests is not a page's doing and is left out). Each page is asked
 * for once before the recording, so that first-time class loading does not count.
 */
@WebIntegrationTest
class NoExceptionOnTheNormalPathIT {

    private static final String MEMBER = "membre@demo.toitcommun.coop";

    @LocalServerPort int port;
    @Autowired DemoPeople demo;

    @Test
    void theDailyPagesRenderWithoutAnyException() throws Exception {
        WebClient member = demo.signedInInFrench(port, MEMBER);
        WebClient visitor = new WebClient(port);
        LocalDate monday = LocalDate.now().plusWeeks(1).with(DayOfWeek.MONDAY);
        String week = "/calendar?week=" + Calendars.weekOf(monday);
        String roomWeek = html(member.get(week)).select("table.cal-week tbody th a").first().attr("href");
        String month = html(member.get(roomWeek)).select("a[href*=/month]").first().attr("href");
        String meeting = html(member.get("/meetings")).select("a[href~=^/meetings/\\d+(/agenda)?$]").first().attr("href").replace("/agenda", "");
        List<String> memberPages = List.of(week, "/calendar/day?date=" + monday.plusDays(1), roomWeek, month,
            "/organisations", "/organisations?q=lens", "/dashboard", meeting);
        List<String> visitorPages = List.of("/", "/organisations", "/organisations?q=cliss&page=1");

        askFor(member, memberPages);
        askFor(visitor, visitorPages);
        List<String> exceptions;
        Path file = Files.createTempFile("exceptions", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.JavaExceptionThrow").withStackTrace();
            recording.enable("jdk.JavaErrorThrow").withStackTrace();
            recording.start();
            askFor(member, memberPages);
            askFor(visitor, visitorPages);
            recording.stop();
            recording.dump(file);
            exceptions = onRequestThreads(file);
        } finally {
            Files.deleteIfExists(file);
        }

        assertThat(exceptions).as("exceptions created while rendering").isEmpty();
    }

    private static void askFor(WebClient client, List<String> pages) {
        for (String page : pages) {
            assertThat(client.get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    /** Each exception created on a Tomcat request thread: its class and where it was created. */
    private static List<String> onRequestThreads(Path file) throws Exception {
        List<String> found = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String thread = event.getThread() == null ? "" : event.getThread().getJavaName();
            List<RecordedFrame> frames = event.getStackTrace() == null ? List.of() : event.getStackTrace().getFrames();
            if (thread != null && thread.startsWith("http-nio-") && !waitingForTheNextRequest(frames)) {
                found.add(event.getClass("thrownClass").getName() + " " + frames.stream().limit(12)
                    .map(f -> f.getMethod().getType().getName() + "." + f.getMethod().getName() + ":" + f.getLineNumber())
                    .toList());
            }
        }
        return found;
    }

    /**
     * Tomcat reading the first line of a request on a kept-alive connection that the client closes instead, or its
     * poller closing a kept-alive connection left idle (by an earlier test's browser, say): the end of a connection
     * between two requests, not something a page did.
     */
    private static boolean waitingForTheNextRequest(List<RecordedFrame> frames) {
        return frames.stream().anyMatch(f -> f.getMethod().getType().getName().endsWith(".Http11InputBuffer")
            && f.getMethod().getName().equals("parseRequestLine")
            || f.getMethod().getType().getName().endsWith("NioEndpoint$Poller") && f.getMethod().getName().equals("timeout"));
    }
}
