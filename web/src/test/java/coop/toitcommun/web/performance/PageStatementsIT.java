package coop.toitcommun.web.performance;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import coop.toitcommun.testsupport.StatementCounter;
import coop.toitcommun.venue.Calendars;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the daily pages cost in SQL statements, counted at JDBC level (Hibernate, JdbcClient and anything else) for
 * the whole HTTP request. Every signed-in request begins with the session check (the account's security version,
 * so that sessions end when rights end: docs/security.md), one statement outside any transaction; on top of it the
 * calendars cost at most 5, the directory at most 2 (one for a visitor), the dashboard at most 7 in one read-only
 * transaction, a meeting page at most 7, a booking at most 7: issue 9's budgets (6, 3, 8, 8, 8) with the session check
 * counted. The pages are reached as a member would, from links.
 */
@WebIntegrationTest
class PageStatementsIT {

    private static final String MEMBER = "membre@demo.toitcommun.coop";
    private static final String SESSION_CHECK = "select ua1_0.security_version from membership.user_account ua1_0 where ua1_0.person_id=?";

    @LocalServerPort int port;
    @Autowired StatementCounter statements;
    @Autowired DemoPeople demo;

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
            StatementCounter.Recording recording = statementsOf(member, path);
            assertThat(recording.statements()).as("%s: %s", path, recording.texts()).hasSizeLessThanOrEqualTo(1 + limit);
            assertThat(recording.statements().get(0).text()).as(path).isEqualTo(SESSION_CHECK);
        });
        assertThat(statementsOf(new WebClient(port), "/organisations").statements()).hasSize(1);
    }

    @Test
    void theDashboardReadsInOneReadOnlyTransactionOfAtMostSevenStatementsAfterTheSessionCheck() {
        StatementCounter.Recording dashboard = statementsOf(signedIn(), "/dashboard");
        assertThat(dashboard.statements()).as(dashboard.texts().toString()).hasSizeLessThanOrEqualTo(1 + 7);
        assertThat(dashboard.statements().get(0).text()).isEqualTo(SESSION_CHECK);
        assertThat(dashboard.statements().get(0).inTransaction()).isFalse();
        assertThat(dashboard.transactions()).isEqualTo(1);
        assertThat(dashboard.statements().subList(1, dashboard.statements().size()))
            .allSatisfy(sql -> assertThat(sql.inTransaction() && sql.readOnly()).as("read-only transaction: %s", sql.text()).isTrue());
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

        StatementCounter.Recording recording = statements.record(() -> booked.set(member.post("/bookings", fields)));

        assertThat(booked.get().statusCode()).as(booked.get().body()).isEqualTo(302);
        assertThat(booked.get().headers().firstValue("Location")).get().asString().matches(".*/bookings/\\d+$");
        assertThat(recording.statements()).as(recording.texts().toString()).hasSizeLessThanOrEqualTo(1 + 7);
        assertThat(recording.statements().get(0).text()).isEqualTo(SESSION_CHECK);
    }

    private StatementCounter.Recording statementsOf(WebClient client, String path) {
        AtomicReference<HttpResponse<String>> response = new AtomicReference<>();
        StatementCounter.Recording recording = statements.record(() -> response.set(client.get(path)));
        assertThat(response.get().statusCode()).as(path).isEqualTo(200);
        return recording;
    }

    private WebClient signedIn() {
        return demo.signedInInFrench(port, MEMBER);
    }
}
