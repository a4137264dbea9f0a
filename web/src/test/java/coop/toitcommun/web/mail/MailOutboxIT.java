package coop.toitcommun.web.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import coop.toitcommun.governance.AgendaItemKind;
import coop.toitcommun.governance.Agendas;
import coop.toitcommun.governance.BodyKind;
import coop.toitcommun.governance.Convocation;
import coop.toitcommun.governance.Convocations;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.governance.LegalEntity;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.MeetingFormat;
import coop.toitcommun.governance.MeetingType;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.governance.NewAgendaItem;
import coop.toitcommun.governance.NewMeeting;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Applications;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.membership.Houses;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.MembershipAccessDeniedException;
import coop.toitcommun.membership.PendingApplication;
import coop.toitcommun.membership.People;
import coop.toitcommun.web.WebSettings;
import coop.toitcommun.web.join.JoinForms;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail that is never dropped: an email is stored with the decision that causes it, waits while the mail server
 * is down, and arrives exactly once when it is back; what failed every attempt is shown to admins, who send it
 * again or discard it; two instances sending from the same outbox never send an email twice.
 */
@WebIntegrationTest
class MailOutboxIT {

    private static final String PASSWORD = "demo-toit-commun";
    private static final String BOARD_MEMBER = "membre@demo.toitcommun.coop";
    private static final String CHAIR = "cofondatrice@demo.toitcommun.coop";
    private static final String ADMIN = "admin@demo.toitcommun.coop";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Meetings meetings;
    @Autowired Agendas agendas;
    @Autowired Convocations convocations;
    @Autowired Entities entities;
    @Autowired HouseClock calendar;
    @Autowired People people;
    @Autowired Accounts accounts;
    @Autowired Applications applications;
    @Autowired MailOutbox outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationContext context;

    @AfterEach
    void mailServerUp() {
        TestMailServer.get();
    }

    @Test
    void withTheMailServerDownAConvocationAndAnApprovalAreDecidedAndTheirEmailsArriveExactlyOnceWhenItIsBack() {
        String name = "L’Atelier Vélo " + UUID.randomUUID();
        String representative = "atelier-" + UUID.randomUUID() + "@example.org";
        assertThat(visitor().submit("/join", "/join", JoinForms.application(name, representative)).statusCode()).isEqualTo(302);
        assertThat(TestMailServer.messagesTo(representative, 1)).as("the application's acknowledgement").hasSize(1);
        long application = applications.pending(people.findByEmail(CHAIR).orElseThrow().id()).stream().filter(a -> a.name().equals(name)).map(PendingApplication::id)
            .findFirst().orElseThrow();
        Meeting meeting = assembly();

        TestMailServer.stop();
        String convocationPage = "/meetings/" + meeting.id() + "/convocation";
        assertThat(signedIn(BOARD_MEMBER).submit(convocationPage, convocationPage, Map.of()).statusCode()).isEqualTo(302);
        for (String cofounder : List.of("cofondatrice@demo.toitcommun.coop", "cofondateur@demo.toitcommun.coop")) {
            assertThat(signedIn(cofounder).submit("/signatures", "/signatures/" + application + "/approve", Map.of()).statusCode())
                .isEqualTo(302);
        }
        List<String> convened = convocations.recipients(meeting).stream().map(Convocation.Recipient::email).toList();
        assertThat(convened).isNotEmpty();
        List<String> recipients = concat(convened, representative);
        waitUntil(Duration.ofSeconds(30), () -> triedAndWaiting(recipients) == recipients.size());

        TestMailServer.get();
        waitUntil(Duration.ofSeconds(60), () -> inOutbox(recipients) == 0);
        for (String email : convened) {
            assertThat(subjects(email)).as("convocations to " + email).filteredOn(s -> s.endsWith(meeting.title())).hasSize(1);
        }
        assertThat(subjects(representative)).containsExactly("Votre invitation au Toit Commun");
    }

    @Test
    void anEmailThatFailedEveryAttemptShowsToAdminsWhoSendItAgainOrDiscardIt() {
        accounts.changeLanguage(people.findByEmail(ADMIN).orElseThrow().id(), Language.FR);
        WebClient admin = signedIn(ADMIN);
        String again = "a-renvoyer-" + UUID.randomUUID() + "@example.org";
        String discarded = "a-oublier-" + UUID.randomUUID() + "@example.org";

        TestMailServer.stop();
        for (String email : List.of(again, discarded)) {
            assertThat(admin.submit("/admin/accounts", "/admin/accounts/invite", Map.of("displayName", "Invitée en panne",
                "email", email, "language", "FR", "roles", "MEMBER")).statusCode()).isEqualTo(302);
        }
        waitUntil(Duration.ofSeconds(90), () -> jdbc.sql("SELECT count(*) FROM web.mail_outbox WHERE status = 'FAILED' AND recipient IN (:r)")
            .param("r", List.of(again, discarded)).query(Long.class).single() == 2);

        Document dashboard = WebClient.html(admin.get("/dashboard"));
        assertThat(dashboard.select("a[href=\"/admin/mail\"]").text()).contains("n’ont pas pu être envoyés");
        Document page = WebClient.html(admin.get("/admin/mail"));
        assertThat(page.text()).contains(again, discarded, "Votre invitation au Toit Commun");
        assertThat(page.select("form[action$=/discard]").attr("data-confirm")).startsWith("Supprimer définitivement");

        TestMailServer.get();
        assertThat(admin.submit("/admin/mail", "/admin/mail/" + failedId(again) + "/send-again", Map.of()).statusCode()).isEqualTo(302);
        assertThat(admin.submit("/admin/mail", "/admin/mail/" + failedId(discarded) + "/discard", Map.of()).statusCode()).isEqualTo(302);
        waitUntil(Duration.ofSeconds(30), () -> inOutbox(List.of(again, discarded)) == 0);

        assertThat(subjects(again)).containsExactly("Votre invitation au Toit Commun");
        assertThat(subjects(discarded)).isEmpty();
        assertThat(WebClient.html(admin.get("/admin/mail")).select(".empty-state").text()).isEqualTo("Aucun courriel en échec : tout est parti.");
    }

    @Test
    void theOutboxRefusesWhoeverIsNotAnAdminWhoeverCallsIt() {
        String recipient = "en-echec-" + UUID.randomUUID() + "@example.org";
        long failed = jdbc.sql("""
                INSERT INTO web.mail_outbox (recipient, subject, body, status, attempts) VALUES (:to, 'Lettre', 'Bonjour', 'FAILED', 8)
                RETURNING id""").param("to", recipient).query(Long.class).single();
        long member = people.findByEmail(BOARD_MEMBER).orElseThrow().id();
        long cofounder = people.findByEmail(CHAIR).orElseThrow().id();

        for (long outsider : List.of(member, cofounder)) {
            assertThatThrownBy(() -> outbox.failed(outsider, PageRequest.of(0, 20))).isInstanceOf(MembershipAccessDeniedException.class);
            assertThatThrownBy(() -> outbox.sendAgain(outsider, failed)).isInstanceOf(MembershipAccessDeniedException.class);
            assertThatThrownBy(() -> outbox.sendAllAgain(outsider)).isInstanceOf(MembershipAccessDeniedException.class);
            assertThatThrownBy(() -> outbox.discard(outsider, failed)).isInstanceOf(MembershipAccessDeniedException.class);
        }
        assertThat(jdbc.sql("SELECT status FROM web.mail_outbox WHERE id = :id").param("id", failed).query(String.class).single())
            .isEqualTo("FAILED");

        long admin = people.findByEmail(ADMIN).orElseThrow().id();
        assertThat(outbox.failed(admin, PageRequest.of(0, 100)).getContent()).extracting(MailOutbox.FailedMail::recipient).contains(recipient);
        assertThat(outbox.discard(admin, failed)).isTrue();
    }

    @Test
    void twoInstancesSendingFromTheSameOutboxSendEachEmailOnce() {
        MailDelivery secondInstance = new MailDelivery(context.getBean(Houses.class), jdbc, context.getBeanProvider(JavaMailSender.class),
            context.getBean(WebSettings.class), context.getBean(MailSettings.class));
        secondInstance.start();
        try {
            List<String> recipients = IntStream.range(0, 60).mapToObj(i -> "lot-" + i + "-" + UUID.randomUUID() + "@example.org").toList();
            transactions.executeWithoutResult(status -> recipients.forEach(email -> outbox.store(email, "Lettre", "Bonjour", null)));
            secondInstance.wake();
            waitUntil(Duration.ofSeconds(60), () -> inOutbox(recipients) == 0);
            for (String email : recipients) {
                assertThat(subjects(email)).as(email).containsExactly("Lettre");
            }
        } finally {
            secondInstance.stop();
        }
    }

    private long failedId(String recipient) {
        return jdbc.sql("SELECT id FROM web.mail_outbox WHERE status = 'FAILED' AND recipient = :r").param("r", recipient)
            .query(Long.class).single();
    }

    private long triedAndWaiting(List<String> recipients) {
        return jdbc.sql("""
                SELECT count(*) FROM web.mail_outbox
                 WHERE recipient IN (:r) AND status = 'PENDING' AND attempts >= 1 AND last_error IS NOT NULL""")
            .param("r", recipients).query(Long.class).single();
    }

    private long inOutbox(List<String> recipients) {
        return jdbc.sql("SELECT count(*) FROM web.mail_outbox WHERE recipient IN (:r)").param("r", recipients)
            .query(Long.class).single();
    }

    private static List<String> subjects(String recipient) {
        return TestMailServer.messagesTo(recipient, 0).stream().map(MailOutboxIT::subject).toList();
    }

    private static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A SCIC general assembly in 40 days, prepared by the board member, with one agenda item. */
    private Meeting assembly() {
        long nadia = people.findByEmail(BOARD_MEMBER).orElseThrow().id();
        LegalEntity scic = entities.findByName("SCIC Le Toit Commun").orElseThrow();
        long assembly = entities.bodies(scic.id()).stream().filter(b -> b.kind() == BodyKind.GENERAL_ASSEMBLY).findFirst()
            .orElseThrow().id();
        Meeting meeting = meetings.create(nadia, new NewMeeting(assembly, MeetingType.ORDINARY_GA, null, "AG " + UUID.randomUUID(),
            LocalDateTime.of(calendar.today().plusDays(40), LocalTime.of(18, 0)), 120, MeetingFormat.IN_PERSON,
            "12 rue des Mineurs, Lens", null, null, people.findByEmail(CHAIR).orElseThrow().id(), nadia));
        agendas.add(nadia, meeting.id(), new NewAgendaItem("Rapport d’activité", "", AgendaItemKind.INFORMATION, null, 20,
            null, null, null, false));
        return meeting;
    }

    private WebClient visitor() {
        return new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
    }

    private WebClient signedIn(String email) {
        WebClient client = visitor();
        assertThat(client.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    private static List<String> concat(List<String> list, String one) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(one)).toList();
    }

    private static void waitUntil(Duration timeout, BooleanSupplier state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!state.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s for the outbox", timeout).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
