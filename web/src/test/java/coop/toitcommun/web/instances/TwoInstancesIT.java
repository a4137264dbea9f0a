package coop.toitcommun.web.instances;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import coop.toitcommun.ToitCommunApplication;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.TestDatabase;
import coop.toitcommun.venue.RoomView;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.web.mail.Mails;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.venue.VenueTestData;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Two instances of the application on one PostgreSQL database, as docs/operations.md runs them behind a proxy: two
 * application contexts in this JVM, each with its own web server, connection pool, scheduler and mail thread, and
 * nothing shared but the database (a fresh one) and the mail server. A person signs in on one and carries on on the
 * other; sixty requests for one room at one time, split across both, give one booking; emails queued by one leave
 * once; every scheduled job started on both at the same moment does its work once.
 */
@ExtendWith(FirstHouse.class)
class TwoInstancesIT {

    private static final Logger LOG = LoggerFactory.getLogger(TwoInstancesIT.class);
    private static final String MEMBER = "membre@demo.toitcommun.coop";

    private static GreenMail smtp;
    private static Instance first;
    private static Instance second;

    private record Instance(String name, ConfigurableApplicationContext context) {

        int port() {
            return ((WebServerApplicationContext) context).getWebServer().getPort();
        }

        <T> T bean(Class<T> type) {
            return context.getBean(type);
        }
    }

    @BeforeAll
    static void startTwoInstances() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        TestDatabase.Connection database = TestDatabase.freshDatabase();
        // one after the other, as the compose profile starts them: the first migrates and loads the demo
        first = start("premiere", database, "demo");
        second = start("seconde", database);
    }

    @AfterAll
    static void stopThem() {
        for (Instance instance : new Instance[] {second, first}) {
            if (instance != null) {
                instance.context().close();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static Instance start(String name, TestDatabase.Connection database, String... profiles) {
        return new Instance(name, new SpringApplicationBuilder(ToitCommunApplication.class).profiles(profiles)
            .properties(database.springProperties()).properties(
            "server.port=0",
            // thirty requests at once on each instance wait for one of its ten connections longer than a page would
            "spring.datasource.hikari.connection-timeout=20000",
            "spring.thymeleaf.cache=true",
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=" + smtp.getSmtp().getPort(),
            "toitcommun.mail.poll-interval=100ms",
            "toitcommun.web.mail-from=Instance " + name + " <" + name + "@instances.test>"
        ).run());
    }

    @Test
    void aPersonSignedInOnOneInstanceCarriesOnOnTheOther() {
        WebClient onFirst = new WebClient(first.port());
        assertThat(onFirst.signIn(MEMBER, DemoPeople.PASSWORD).statusCode()).isEqualTo(302);
        WebClient onSecond = onFirst.sameBrowserOn(second.port());

        HttpResponse<String> dashboard = onSecond.get("/dashboard");
        assertThat(dashboard.statusCode()).as("signed in on the second instance").isEqualTo(200);
        assertThat(html(dashboard).select("header .dropdown-toggle").text()).isEqualTo("Nadia Benali");

        String csrfFromFirst = WebClient.csrfToken(html(onFirst.get("/dashboard")));
        HttpResponse<String> english = onSecond.post("/language", Map.of("lang", "en", "back", "/dashboard", "_csrf", csrfFromFirst));
        assertThat(english.statusCode()).as("the first instance's CSRF token holds on the second").isEqualTo(302);
        assertThat(html(onFirst.get("/dashboard")).select("html").attr("lang")).as("the language chosen on the second").isEqualTo("en");
        onFirst.post("/language", Map.of("lang", "fr", "back", "/dashboard", "_csrf", csrfFromFirst));

        HttpCookie session = onFirst.cookies().stream().filter(cookie -> cookie.getName().equals("SESSION")).findFirst().orElseThrow();
        assertThat(onSecond.post("/logout", Map.of("_csrf", csrfFromFirst)).statusCode()).isEqualTo(302);
        WebClient keptTheCookie = new WebClient(first.port()).header("Cookie", "SESSION=" + session.getValue());
        HttpResponse<String> afterSignOut = keptTheCookie.get("/dashboard");
        assertThat(afterSignOut.statusCode()).isEqualTo(302);
        assertThat(afterSignOut.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void sixtyRequestsForOneRoomAtOneTimeAcrossBothInstancesGiveOneBooking() throws Exception {
        VenueTestData data = new VenueTestData(first.bean(Accounts.class), first.bean(Organisations.class), first.bean(Rooms.class));
        RoomView room = data.room("Salle partagée", 20);
        List<Map<String, String>> forms = new ArrayList<>();
        List<WebClient[]> bookers = new ArrayList<>();
        for (Instance signInOn : List.of(first, second)) {
            VenueTestData.Member member = data.member(OrganisationStatus.MEMBER, Circle.FOUNDING);
            WebClient client = new WebClient(signInOn.port());
            assertThat(client.signIn(member.email(), VenueTestData.PASSWORD).statusCode()).isEqualTo(302);
            WebClient other = client.sameBrowserOn((signInOn == first ? second : first).port());
            bookers.add(new WebClient[] {client, other});
            forms.add(bookingForm(room, member, WebClient.csrfToken(html(client.get("/bookings/new")))));
        }

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(60);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                WebClient client = bookers.get(i % 2)[i / 2 % 2];
                Map<String, String> form = forms.get(i % 2);
                answers.add(pool.submit(() -> {
                    go.await();
                    return client.post("/bookings", form);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            assertThat(statuses).as("one booking (302), fifty-nine told the room is taken (409)")
                .containsOnly(302, 409).filteredOn(status -> status == 302).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(first.bean(JdbcClient.class).sql("SELECT count(*) FROM venue.booking WHERE room_id = :room AND status <> 'CANCELLED'")
            .param("room", room.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void emailsQueuedByOneInstanceLeaveOnce() throws Exception {
        Mails mails = first.bean(Mails.class);
        int before = smtp.getReceivedMessages().length;
        for (int i = 0; i < 100; i++) {
            mails.send("destinataire-" + i + "@instances.test", Language.FR, "mail.invitation", "Personne " + i,
                "https://toitcommun.example/invitations/" + i, "demain");
        }

        waitUntilTheOutboxIsEmpty();
        List<MimeMessage> sent = Arrays.asList(smtp.getReceivedMessages()).subList(before, smtp.getReceivedMessages().length);
        Map<String, Long> perRecipient = sent.stream().collect(Collectors.groupingBy(TwoInstancesIT::recipient, Collectors.counting()));
        assertThat(perRecipient).hasSize(100).allSatisfy((recipient, count) -> assertThat(count).as(recipient).isEqualTo(1));
        LOG.info("100 emails queued by the first instance, sent once each: {}",
            sent.stream().collect(Collectors.groupingBy(TwoInstancesIT::sender, Collectors.counting())));
    }

    @Test
    void everyScheduledJobStartedOnBothInstancesAtOnceDoesItsWorkOnce() throws Exception {
        Map<String, Runnable> onFirst = scheduledJobs(first);
        Map<String, Runnable> onSecond = scheduledJobs(second);
        assertThat(onSecond.keySet()).isEqualTo(onFirst.keySet());
        assertThat(onFirst).isNotEmpty();
        waitUntilTheOutboxIsEmpty();
        int before = smtp.getReceivedMessages().length;

        for (String job : onFirst.keySet()) {
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Object>> runs = new ArrayList<>();
                for (Runnable run : List.of(onFirst.get(job), onSecond.get(job))) {
                    runs.add(pool.submit((Callable<Object>) () -> {
                        go.await();
                        run.run();
                        return null;
                    }));
                }
                go.countDown();
                for (Future<Object> run : runs) {
                    run.get();
                }
            } finally {
                pool.shutdownNow();
            }
        }

        waitUntilTheOutboxIsEmpty();
        List<MimeMessage> sent = Arrays.asList(smtp.getReceivedMessages()).subList(before, smtp.getReceivedMessages().length);
        Map<String, Long> copies = sent.stream().collect(Collectors.groupingBy(TwoInstancesIT::content, Collectors.counting()));
        LOG.info("The scheduled jobs {} run on both instances at once sent {} emails", onFirst.keySet(), sent.size());
        assertThat(sent).as("the demo has reminders due: the jobs had work to do").isNotEmpty();
        assertThat(copies).allSatisfy((mail, count) -> assertThat(count).as(mail).isEqualTo(1));
    }

    /** The jobs the instance's scheduler runs (Spring's own list), by method. */
    private static Map<String, Runnable> scheduledJobs(Instance instance) {
        return instance.context().getBeansOfType(ScheduledTaskHolder.class).values().stream()
            .flatMap(holder -> holder.getScheduledTasks().stream())
            .map(ScheduledTask::getTask)
            .collect(Collectors.toMap(task -> task.getRunnable().toString(), task -> task.getRunnable(), (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, String> bookingForm(RoomView room, VenueTestData.Member member, String csrf) {
        LocalDate day = VenueTestData.futureMonday().plusDays(2);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("room", String.valueOf(room.id()));
        form.put("organisation", String.valueOf(member.organisation().id()));
        form.put("date", day.toString());
        form.put("start", "10:00");
        form.put("end", "11:30");
        form.put("title", "Réunion de " + member.email());
        form.put("attendees", "8");
        form.put("notes", "");
        form.put("repeat", "");
        form.put("_csrf", csrf);
        return form;
    }

    private static void waitUntilTheOutboxIsEmpty() throws InterruptedException {
        JdbcClient jdbc = first.bean(JdbcClient.class);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (jdbc.sql("SELECT count(*) FROM web.mail_outbox WHERE status = 'PENDING'").query(Long.class).single() > 0) {
            assertThat(System.nanoTime()).as("emails still waiting after two minutes").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static String recipient(MimeMessage message) {
        return part(message, m -> m.getAllRecipients()[0].toString());
    }

    private static String sender(MimeMessage message) {
        return part(message, m -> m.getFrom()[0].toString());
    }

    private static String content(MimeMessage message) {
        return part(message, m -> m.getAllRecipients()[0] + " · " + m.getSubject() + " · " + m.getContent());
    }

    private interface MessagePart {
        Object read(MimeMessage message) throws Exception;
    }

    private static String part(MimeMessage message, MessagePart part) {
        try {
            return String.valueOf(part.read(message));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
