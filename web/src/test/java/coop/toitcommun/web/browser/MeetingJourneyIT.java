package coop.toitcommun.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.Meeting;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.People;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.web.support.BrowserExtension;
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.WebIntegrationTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A SCIC ordinary general assembly from agenda to minutes, in Chromium, with three people: Nadia Benali (board
 * member, secretary of the meeting), Martine Delattre (co-founder, chair) and Jules Caron (an associate who
 * proposes an item and reads the minutes).
 */
@WebIntegrationTest
class MeetingJourneyIT {

    private static final String PASSWORD = "demo-toit-commun";
    private static final String NADIA = "membre@demo.toitcommun.coop";
    private static final String MARTINE = "cofondatrice@demo.toitcommun.coop";
    private static final String JULES = "benevole@demo.toitcommun.coop";
    private static final String ROOM = "Grande salle";

    @RegisterExtension
    static BrowserExtension browser = new BrowserExtension();

    @LocalServerPort int port;
    @Autowired Meetings meetings;
    @Autowired Rooms rooms;
    @Autowired HouseClock calendar;
    @Autowired Accounts accounts;
    @Autowired People people;

    @Test
    void aBoardMemberTakesAnAssemblyFromAgendaToSignedMinutes() throws Exception {
        String title = "AG ordinaire " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate day = calendar.today().plusDays(47);
        while (day.getDayOfWeek() != DayOfWeek.THURSDAY) {
            day = day.plusDays(1);
        }
        Page nadia = signIn(NADIA);
        nadia.onDialog(dialog -> dialog.accept());

        // plan the assembly: the room is booked with it
        nadia.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Réunions").setExact(true)).first().click();
        nadia.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assemblée générale des associés")).click();
        nadia.getByLabel("Type de réunion").selectOption("ORDINARY_GA");
        nadia.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true)).fill(title);
        nadia.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(day.toString());
        nadia.getByLabel("Heure de début").fill("18:00");
        nadia.getByLabel("Durée prévue (minutes)").fill("120");
        String roomId = Long.toString(rooms.bookable().stream().filter(r -> r.name().startsWith(ROOM)).findFirst().orElseThrow().id());
        nadia.getByLabel("Salle", new Page.GetByLabelOptions().setExact(true)).selectOption(roomId);
        nadia.getByLabel("Réservée au nom de").selectOption(new SelectOption().setLabel("Micros-rebelles"));
        nadia.getByLabel("Présidence de séance").selectOption(new SelectOption().setLabel("Martine Delattre"));
        nadia.getByLabel("Secrétariat de séance").selectOption(new SelectOption().setLabel("Nadia Benali"));
        nadia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer la réunion")).click();

        assertThat(nadia.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        assertThat(nadia.locator(".meeting-facts").first()).containsText("Salle : " + ROOM);
        long meetingId = Long.parseLong(nadia.url().replaceAll(".*/meetings/(\\d+)/agenda.*", "$1"));
        Meeting planned = meetings.get(meetingId);
        assertThat(planned.bookingId()).as("the room is booked").isNotNull();

        // two items, then the decision is moved up with the keyboard
        addItem(nadia, "Rapport d’activité", "INFORMATION", null);
        addItem(nadia, "Approbation des comptes", "DECISION", "L’assemblée approuve les comptes de l’exercice.");
        Locator moveUp = nadia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Monter « Approbation des comptes »"));
        moveUp.focus();
        nadia.keyboard().press("Enter");
        assertThat(nadia.locator(".item-title")).hasText(new String[] {"Approbation des comptes", "Rapport d’activité"});
        assertThat(nadia.locator("#planned-time")).hasText("30 minutes prévues sur les 120 de la réunion.");

        // a document: a real PDF is attached, an executable named .pdf and a file over 10 MB are refused in French
        Locator firstItem = nadia.locator(".agenda-item").first();
        firstItem.locator("input[type=file]").setInputFiles(new FilePayload("Comptes 2026 (définitifs).pdf", "application/pdf",
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        firstItem.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Joindre").setExact(true)).click();
        assertThat(nadia.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("comptes-2026-definitifs.pdf"))).isVisible();
        nadia.locator(".agenda-item").first().locator("input[type=file]").setInputFiles(new FilePayload("virus.pdf", "application/pdf",
            new byte[] {'M', 'Z', 0, 0, 1, 2, 3}));
        nadia.locator(".agenda-item").first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Joindre").setExact(true)).click();
        assertThat(nadia.getByRole(AriaRole.ALERT)).containsText("n’est ni un PDF");
        byte[] large = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);
        nadia.locator(".agenda-item").first().locator("input[type=file]").setInputFiles(new FilePayload("gros.pdf", "application/pdf", large));
        nadia.locator(".agenda-item").first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Joindre").setExact(true)).click();
        assertThat(nadia.getByRole(AriaRole.ALERT)).containsText("Ce fichier dépasse 10 Mo");

        // an associate proposes an item; the board member accepts it
        Page jules = signIn(JULES);
        jules.navigate(url("/meetings/" + meetingId));
        jules.getByLabel("Titre du point").fill("Horaires du café associatif");
        jules.getByLabel("Ce que vous proposez").fill("Ouvrir le samedi matin.");
        jules.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Proposer ce point")).click();
        assertThat(jules.getByRole(AriaRole.STATUS)).hasText("Votre proposition est transmise au conseil.");
        assertThat(jules.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Procès-verbal (PDF)"))).hasCount(0);
        nadia.navigate(url("/meetings/" + meetingId + "/agenda"));
        nadia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter « Horaires du café associatif »")).click();
        assertThat(nadia.locator(".item-title")).hasText(new String[] {"Approbation des comptes", "Rapport d’activité", "Horaires du café associatif"});

        // the convocation is emailed with its PDF
        nadia.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2. Convocation")).click();
        assertThat(nadia.locator("#notice-check")).containsText("le délai est respecté");
        nadia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la convocation")).click();
        assertThat(nadia.locator("#convocation-proof")).containsText("Envoyée le");
        Message mail = TestMailServer.messagesTo(MARTINE, 1).stream().filter(m -> subject(m).equals("Convocation : " + title))
            .findFirst().orElseThrow();
        String convocation = pdfText(attachment(mail));
        assertThat(convocation).contains(title, "Approbation des comptes", "L’assemblée approuve les comptes de l’exercice.", "Pouvoir",
            "quorum de 20 %");

        // on the day: attendance with a proxy, quorum, votes per college
        nadia.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("3. Séance")).click();
        for (String present : List.of("Martine Delattre", "Sabrina Kaci", "Jules Caron")) {
            nadia.getByLabel("Présence de " + present).selectOption("PRESENT");
        }
        nadia.getByLabel("Présence de Bernard Lefort").selectOption("REPRESENTED");
        nadia.getByLabel("Pouvoir de Bernard Lefort donné à").selectOption(new SelectOption().setLabel("Martine Delattre"));
        nadia.getByLabel("Présence de Vestali").selectOption("EXCUSED");
        nadia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la présence")).click();
        assertThat(nadia.locator("#quorum")).containsText("Quorum atteint. 4 associés présents ou représentés sur 9 ; il en faut 20 % sur première convocation, soit 2.");
        nadia.getByLabel("Pour, Fondateurs").fill("2");
        nadia.getByLabel("Contre, Salariés").fill("1");
        nadia.getByLabel("Pour, Usagers").fill("1");
        nadia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les voix sur « Approbation des comptes »")).click();
        // Partenaires voted not: 30/80, 20/80, 30/80 → 37.5 % × 1 + 25 % × 0 + 37.5 % × 1 = 75 %
        Locator outcome = nadia.locator(".outcome");
        assertThat(outcome).containsText("Résolution adoptée.");
        assertThat(outcome).containsText("37.5 % × 2/2 + 25 % × 0/1 + 37.5 % × 1/1 = 75.00 %");

        // minutes: the secretary drafts and signs, then the chair signs
        nadia.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("4. Procès-verbal")).click();
        nadia.getByLabel("Résumé des débats").fill("Les associés ont discuté des comptes et des horaires.");
        nadia.getByLabel("Résumé du point « Approbation des comptes »").fill("La trésorière présente les comptes.");
        nadia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le brouillon")).click();
        nadia.getByLabel("Votre mot de passe").fill(PASSWORD);
        nadia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signer le procès-verbal")).click();
        assertThat(nadia.getByRole(AriaRole.STATUS)).hasText("Votre signature est enregistrée ; le procès-verbal attend l’autre signature.");

        Page martine = signIn(MARTINE);
        martine.navigate(url("/meetings/" + meetingId + "/minutes"));
        martine.getByLabel("Votre mot de passe").fill(PASSWORD);
        martine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signer le procès-verbal")).click();
        assertThat(martine.locator("#minutes-status")).containsText("Procès-verbal signé et inscrit au registre sous le n°");

        // a member downloads the minutes
        jules.navigate(url("/meetings/" + meetingId));
        Download download = jules.waitForDownload(() ->
            jules.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Procès-verbal (PDF)")).click());
        String minutes = pdfText(Files.readAllBytes(download.path()));
        assertThat(minutes).contains(title, "Approbation des comptes", "L’assemblée approuve les comptes de l’exercice.",
            "Résolution adoptée.", "= 75.00 %", "Fondateurs", "Partenaires", "Bernard Lefort", "La trésorière présente les comptes.",
            "Martine Delattre (présidence)");
    }

    private void addItem(Page page, String title, String kind, String resolution) {
        Locator form = page.locator("#item-form");
        form.getByLabel("Titre", new Locator.GetByLabelOptions().setExact(true)).fill(title);
        form.getByLabel("Nature").selectOption(kind);
        form.getByLabel("Durée prévue (minutes)").fill(resolution == null ? "20" : "10");
        if (resolution != null) {
            form.getByLabel("Projet de résolution").fill(resolution);
        }
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajouter le point")).click();
        assertThat(page.locator(".item-title").last()).hasText(title);
    }

    /** Demo accounts are shared with other tests, some of which switch their language: this journey is in French. */
    private Page signIn(String email) {
        accounts.changeLanguage(people.findByEmail(email).orElseThrow().id(), Language.FR);
        Page page = browser.newPage("fr-FR");
        page.navigate(url("/login"));
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page).hasURL(url("/dashboard"));
        return page;
    }

    private static String subject(Message message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] attachment(Message message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getFileName()).endsWith(".pdf");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getInputStream().transferTo(out);
                return out.toByteArray();
            }
        }
        throw new AssertionError("No attachment");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
