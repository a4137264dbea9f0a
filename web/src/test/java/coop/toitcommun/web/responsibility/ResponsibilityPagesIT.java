package coop.toitcommun.web.responsibility;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.responsibility.ReviewReminders;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Language;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import jakarta.mail.Message;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The register's pages over HTTP with the demo data: members read it without the note nor the forms; co-founders
 * record a responsibility, and a note with a password is refused with what was typed kept; a passed review date is
 * emailed through the outbox to the holder and those who manage, once.
 */
@WebIntegrationTest
class ResponsibilityPagesIT {

    private static final String MEMBER = "membre@demo.toitcommun.coop";
    private static final String COFOUNDER = "cofondatrice@demo.toitcommun.coop";

    @LocalServerPort int port;
    @Autowired DemoPeople demo;
    @Autowired ReviewReminders reminders;
    @Autowired HouseClock calendar;
    @Autowired Accounts accounts;

    @Test
    void aMemberReadsWhoHoldsWhatButNeitherTheNotesNorTheForms() {
        WebClient member = demo.signedInInFrench(port, MEMBER);

        Document list = html(member.get("/responsibilities"));
        assertThat(list.select("#responsibilities tbody tr")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(list.select("#responsibilities").text()).contains("Clés de la maison", "Martine Delattre", "Sans suppléant");
        assertThat(list.select("a[href=/responsibilities/new]")).isEmpty();
        String keys = list.select("#responsibilities a:contains(Clés de la maison)").attr("href");

        Document page = html(member.get(keys));
        assertThat(page.select("#note")).isEmpty();
        assertThat(page.text()).contains("La note de passation est réservée").doesNotContain("boîte à clés");
        assertThat(page.select("form[action$=/archive], a[href$=/handover]")).isEmpty();
        assertThat(member.get("/responsibilities/new").statusCode()).isEqualTo(403);
        assertThat(member.get(keys + "/handover").statusCode()).isEqualTo(403);
        assertThat(member.forge("/responsibilities", "/responsibilities", Map.of("title", "Intrusion", "holder", "1",
            "reviewOn", "2030-01-01")).statusCode()).isEqualTo(403);
        assertThat(html(member.get("/responsibilities/dependence")).select("#without-backup").text()).contains("Accès à la banque");
        assertThat(new WebClient(port).get("/responsibilities").statusCode()).isEqualTo(302);
    }

    @Test
    void aCofounderRecordsAResponsibilityAndANoteWithAPasswordIsRefusedKeepingWhatWasTyped() {
        WebClient cofounder = demo.signedInInFrench(port, COFOUNDER);
        String sabrina = String.valueOf(demo.id("salariee@demo.toitcommun.coop"));
        String jules = String.valueOf(demo.id("benevole@demo.toitcommun.coop"));
        String note = "Accès au Wi-Fi de la maison.\nMot de passe : ToitCommun2026";

        HttpResponse<String> refused = cofounder.submit("/responsibilities/new", "/responsibilities", Map.of(
            "title", "Wi-Fi de la maison", "holder", sabrina, "backups", jules, "handoverNote", note,
            "reviewOn", calendar.today().plusMonths(6).toString()));

        assertThat(refused.statusCode()).isEqualTo(200);
        Document form = html(refused);
        assertThat(form.select("#handoverNote + .invalid-feedback, #handoverNote ~ .invalid-feedback").text())
            .contains("semble contenir un mot de passe ou un code");
        assertThat(form.select("#handoverNote").first().wholeText()).isEqualTo(note);
        assertThat(form.select("#title").val()).isEqualTo("Wi-Fi de la maison");
        assertThat(form.select("#holder option[selected]").val()).isEqualTo(sabrina);
        assertThat(form.select("input[name=backups][value=" + jules + "]").hasAttr("checked")).isTrue();

        HttpResponse<String> created = cofounder.submit("/responsibilities/new", "/responsibilities", Map.of(
            "title", "Wi-Fi de la maison", "holder", sabrina, "backups", jules,
            "handoverNote", "La box est dans le placard du bureau ; ses accès sont au dos, étiquette bleue.",
            "reviewOn", calendar.today().plusMonths(6).toString()));
        assertThat(created.statusCode()).isEqualTo(302);
        Document page = html(cofounder.follow(created));
        assertThat(page.select("#holder").text()).isEqualTo("Sabrina Kaci");
        assertThat(page.select("#backups").text()).isEqualTo("Jules Caron");
        assertThat(page.select("#note").text()).contains("placard du bureau");
        assertThat(page.select("#history").text()).contains("Inscrite au registre, tenue par Sabrina Kaci", "par Martine Delattre");
    }

    @Test
    void aPassedReviewDateIsEmailedOnceToItsHolderAndToThoseWhoManage() {
        String[] told = {"cofondateur@demo.toitcommun.coop", COFOUNDER, "admin@demo.toitcommun.coop"};
        for (String address : told) {
            accounts.changeLanguage(demo.id(address), Language.FR);
        }
        int announced = reminders.remind(calendar.today());
        assertThat(announced).isPositive();
        assertThat(reminders.remind(calendar.today())).isZero();

        String subject = "Revue à faire : Site web et réseaux sociaux";
        for (String address : told) {
            Message mail = TestMailServer.withSubject(address, subject);
            assertThat(TestMailServer.body(mail)).contains("tenue par Bernard Lefort", "/responsibilities/");
        }
        assertThat(TestMailServer.messagesTo("salariee@demo.toitcommun.coop", 0))
            .noneMatch(message -> subject.equals(subjectOf(message)));
    }

    private static String subjectOf(Message message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
