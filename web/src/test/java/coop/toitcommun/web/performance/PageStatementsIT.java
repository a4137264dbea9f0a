package coop.toitcommun.web.performance;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import coop.toitcommun.testsupport.StatementCounter;
import coop.toitcommun.testsupport.StatementCounter.Sql;
import coop.toitcommun.venue.Calendars;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the daily pages cost in SQL statements, counted at JDBC level (Hibernate, JdbcClient and anything else) on
 * the thread that serves the request. Every signed-in request begins with the session check (the account's security
 * version, so that sessions end when rights end: docs/security.md), one statement outside any transaction; on top of
 * it the calendars cost at most 5, the directory at most 2 (one for a visitor), the dashboard at most 7 in one
 * read-only transaction, a meeting page at most 7, a booking at most 7: issue 9's budgets (6, 3, 8, 8, 8) with the
 * session check counted. The pages are reached as a member would, from links.
 *
 * <p>The session store (Spring Session JDBC, {@code web.http_session}: sessions shared by every instance) is counted
 * apart: on a request with a session, it reads the session once (SessionReadOncePerRequest: Spring Session would
 * read it again when the response left before the request ended), and writes only what the request put in the
 * session (a message for the next page), its access time at most once a minute (AccessTimeStoredOncePerMinute): a
 * page read costs one statement of the store, outside any transaction (SessionReadsWithoutTransaction), a booking at
 * most three, its writes in one transaction; a visitor who only reads has no session.
 */
@WebIntegrationTest
class PageStatementsIT {

    private static final String MEMBER = "membre@demo.toitcommun.coop";
    private static final String SESSION_CHECK = "SELECT security_version FROM membership.user_account WHERE person_id = ?";
    private static final int SESSION_STORE_AT_MOST = 3;
    private static final int SESSION_READ = 1;

    @LocalServerPort int port;
    @Autowired StatementCounter statements;
    @Autowired DemoPeople demo;

    /** A request's statements: the page's own, then the session store's. */
    private record Cost(List<Sql> page, List<Sql> sessionStore) {

        static Cost of(StatementCounter.Recording recording) {
            List<Sql> served = recording.statements().stream().filter(sql -> sql.thread().startsWith("http-nio-")).toList();
            return new Cost(served.stream().filter(sql -> !isSessionStore(sql)).toList(),
                served.stream().filter(Cost::isSessionStore).toList());
        }

        private static boolean isSessionStore(Sql sql) {
            return sql.text().toLowerCase().contains("web.http_session");
        }

        List<String> texts() {
            return page.stream().map(Sql::text).toList();
        }

        long transactions() {
            return page.stream().mapToLong(Sql::transaction).filter(number -> number != 0).distinct().count();
        }
    }

    @Test
    void theDailyPagesCostAFixedFewStatements() {
        WebClient member = signedIn();
        LocalDate monday = LocalDate.now().plusWeeks(2).with(DayOfWeek.MONDAY);
        String week = "/calendar?week=" + Calendars.weekOf(monday);
        String roomWeek = html(member.get(week)).select("table.cal-week tbody th a").first().attr("href");
        String meeting = html(member.get("/meetings")).select("a[href~=^/meetings/\\d+(/agenda)?$]").first().attr("href").replace("/agenda", "");

        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put(week, 5);
        limits.put("/calendar/day?date=" + monday.plusDays(2), 5);
        limits.put(roomWeek, 5);
        limits.put("/organisations", 2);
        limits.put("/organisations?q=lens&circle=FOUNDING", 2);
        // the meeting, its body with entity and rules, the reader's mandates, the names of the officers and presenters,
        // convocation and minutes, the items with their documents, the reader's own proposals
        limits.put("/meetings/" + meeting.substring(meeting.lastIndexOf('/') + 1), 7);
        limits.forEach((path, limit) -> {
            Cost cost = costOf(member, path);
            assertThat(cost.page()).as("%s: %s", path, cost.texts()).hasSizeLessThanOrEqualTo(1 + limit);
            assertThat(cost.page().get(0).text()).as(path).isEqualTo(SESSION_CHECK);
            assertThat(cost.sessionStore()).as("%s: the session store's", path).hasSize(SESSION_READ);
            assertThat(cost.sessionStore().get(0).inTransaction()).as("%s: the session read in a transaction", path).isFalse();
        });
        Cost visitor = costOf(new WebClient(port), "/organisations");
        assertThat(visitor.page()).hasSize(1);
        assertThat(visitor.sessionStore()).isEmpty();
    }

    @Test
    void theDashboardReadsInOneReadOnlyTransactionOfAtMostSevenStatementsAfterTheSessionCheck() {
        WebClient member = signedIn();
        // the first page after signing in keeps the session's new CSRF token (signing in replaced it): measure the next
        member.get("/dashboard");
        Cost dashboard = costOf(member, "/dashboard");
        assertThat(dashboard.page()).as(dashboard.texts().toString()).hasSizeLessThanOrEqualTo(1 + 7);
        assertThat(dashboard.page().get(0).text()).isEqualTo(SESSION_CHECK);
        assertThat(dashboard.page().get(0).inTransaction()).isFalse();
        assertThat(dashboard.transactions()).isEqualTo(1);
        assertThat(dashboard.page().subList(1, dashboard.page().size()))
            .allSatisfy(sql -> assertThat(sql.inTransaction() && sql.readOnly()).as("read-only transaction: %s", sql.text()).isTrue());
        assertThat(dashboard.sessionStore()).hasSize(SESSION_READ);
    }

    @Test
    void bookingARoomCostsAtMostSevenStatementsAfterTheSessionCheck() {
        WebClient member = signedIn();
        LocalDate day = LocalDate.now().plusWeeks(6).with(DayOfWeek.THURSDAY);
        Document empty = html(member.get("/bookings/new"));
        String room = empty.select("#room option[value~=\\d+]").last().val();
        String page = "/bookings/new?room=" + room + "&date=" + day + "&start=20:00&end=21:00";
        Document form = html(member.get(page));
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("form[action$=/bookings] input[name], form[action$=/bookings] select[name]")
            .forEach(field -> fields.put(field.attr("name"), field.is("select")
                ? field.select("option[selected]").val() : field.val()));
        fields.put("organisation", form.select("#organisation option[value~=\\d+], input[name=organisation]").first().val());
        fields.put("title", "Répétition de la chorale");
        fields.put("attendees", "6");
        AtomicReference<HttpResponse<String>> booked = new AtomicReference<>();

        Cost cost = Cost.of(statements.record(() -> booked.set(member.post("/bookings", fields))));

        assertThat(booked.get().statusCode()).as(booked.get().body()).isEqualTo(302);
        assertThat(booked.get().headers().firstValue("Location")).get().asString().matches(".*/bookings/\\d+$");
        assertThat(cost.page()).as(cost.texts().toString()).hasSizeLessThanOrEqualTo(1 + 7);
        assertThat(cost.page().get(0).text()).isEqualTo(SESSION_CHECK);
        assertThat(cost.sessionStore()).hasSizeLessThanOrEqualTo(SESSION_STORE_AT_MOST);
        assertThat(cost.sessionStore().get(0).inTransaction()).as("the session read in a transaction").isFalse();
        List<Sql> writes = cost.sessionStore().subList(1, cost.sessionStore().size());
        assertThat(writes).as("the booking's message written to the session").isNotEmpty()
            .allSatisfy(sql -> assertThat(sql.inTransaction()).as("in a transaction: %s", sql.text()).isTrue());
        assertThat(writes).extracting(Sql::transaction).as("one transaction").containsOnly(writes.get(0).transaction());
    }

    private Cost costOf(WebClient client, String path) {
        AtomicReference<HttpResponse<String>> response = new AtomicReference<>();
        StatementCounter.Recording recording = statements.record(() -> response.set(client.get(path)));
        assertThat(response.get().statusCode()).as(path).isEqualTo(200);
        return Cost.of(recording);
    }

    private WebClient signedIn() {
        return demo.signedInInFrench(port, MEMBER);
    }
}
