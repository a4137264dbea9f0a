package coop.toitcommun.web.join;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.People;
import coop.toitcommun.membership.Recipient;
import coop.toitcommun.membership.ResignatureReminder;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import jakarta.mail.Message;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/** Exclusion procedures, re-signature reminders, personal data and the directory, over HTTP and email. */
@WebIntegrationTest
class LivingWithTheCharterIT {

    private static final String PASSWORD = "une-phrase-de-passe-solide";
    private static final String DEMO_PASSWORD = "demo-toit-commun";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired People people;
    @Autowired ApplicationEventPublisher events;

    @Test
    void anExclusionIsOpenedAnsweredAndDecidedWithEveryStepEmailedAndLogged() throws Exception {
        OrganisationRef member = organisations.register("Structure fautive " + UUID.randomUUID(), OrganisationStatus.MEMBER, Circle.SECOND);
        String email = unique("representante");
        long representative = accounts.createActivated(new Invitation(email, "Inès Morel", Language.FR, Set.of(Role.MEMBER)), PASSWORD).personId();
        organisations.link(member.id(), representative, OrganisationRole.LEGAL_REPRESENTATIVE);
        WebClient cofounder = signedIn("cofondatrice@demo.toitcommun.coop", DEMO_PASSWORD);

        HttpResponse<String> opened = cofounder.submit("/exclusions", "/exclusions",
            Map.of("organisationId", String.valueOf(member.id()), "grounds", "Propos contraires à l’article 2 de la charte."));
        assertThat(opened.statusCode()).isEqualTo(302);
        Message notice = TestMailServer.messagesTo(email, 1).get(0);
        assertThat(notice.getSubject()).isEqualTo("Procédure d’exclusion : " + member.name());
        assertThat(notice.getContent().toString()).contains("Propos contraires à l’article 2 de la charte.");

        WebClient organisation = signedIn(email, PASSWORD);
        assertThat(html(organisation.get("/dashboard")).select("#exclusion-heading")).isNotEmpty();
        String procedure = html(organisation.get("/dashboard")).select("form[action^=/exclusions/]").attr("action");
        assertThat(organisation.submit("/dashboard", procedure, Map.of("answer", "Nous contestons ces propos.")).statusCode()).isEqualTo(302);

        String decide = procedure.replace("/answer", "/decide");
        cofounder.submit("/exclusions", decide, Map.of("outcome", "EXCLUDED", "reason", "Les propos sont avérés."));

        assertThat(organisations.find(member.id()).orElseThrow().status()).isEqualTo(OrganisationStatus.EXCLUDED);
        Message decision = TestMailServer.messagesTo(email, 2).get(1);
        assertThat(decision.getSubject()).isEqualTo("Procédure d’exclusion : " + member.name() + " est exclue");
        assertThat(html(cofounder.get("/audit?organisation=" + member.id())).select("tr:contains(" + member.name() + ")").eachText())
            .anyMatch(line -> line.contains("Procédure d’exclusion ouverte"))
            .anyMatch(line -> line.contains("Réponse à la procédure d’exclusion"))
            .anyMatch(line -> line.contains("Structure exclue") && line.contains("Les propos sont avérés."));
    }

    @Test
    void aCofounderCannotOpenAProcedureAgainstTheirOwnOrganisation() {
        WebClient cofounder = signedIn("cofondatrice@demo.toitcommun.coop", DEMO_PASSWORD);
        long vestali = organisations.findByName("Vestali").orElseThrow().id();

        HttpResponse<String> refused = cofounder.submit("/exclusions", "/exclusions",
            Map.of("organisationId", String.valueOf(vestali), "grounds", "Essai"));

        assertThat(html(cofounder.follow(refused)).select(".alert-danger").text())
            .isEqualTo("Vous faites partie de cette structure : vous ne pouvez pas décider pour elle.");
        assertThat(organisations.find(vestali).orElseThrow().status()).isEqualTo(OrganisationStatus.MEMBER);
    }

    @Test
    void groundsLongerThanTheDatabaseKeepsAreRefusedInFrenchNotAServerError() {
        WebClient cofounder = signedIn("cofondatrice@demo.toitcommun.coop", DEMO_PASSWORD);
        long cliss = organisations.findByName("Cliss XXI").orElseThrow().id();

        HttpResponse<String> refused = cofounder.submit("/exclusions", "/exclusions",
            Map.of("organisationId", String.valueOf(cliss), "grounds", "x".repeat(5000)));

        assertThat(refused.statusCode()).isEqualTo(302);
        Document back = html(cofounder.follow(refused));
        assertThat(back.select(".alert-danger").text().replace('\u202f', ' ')).isEqualTo("Ce champ accepte au plus 4 000 caractères.");
        assertThat(back.select("#grounds").text()).as("what was typed").isEqualTo("x".repeat(5000));
        assertThat(organisations.find(cliss).orElseThrow().status()).isEqualTo(OrganisationStatus.MEMBER);
    }

    @Test
    void representativesAreRemindedToResignInTheirLanguage() throws Exception {
        String french = unique("rappel-fr");
        String english = unique("rappel-en");
        events.publishEvent(new ResignatureReminder("Cliss XXI", 2, Instant.parse("2027-03-01T10:00:00Z"), 7,
            List.of(new Recipient(french, "Thomas Leroy", Language.FR), new Recipient(english, "Tom Leroy", Language.EN))));

        Message fr = TestMailServer.messagesTo(french, 1).get(0);
        assertThat(fr.getSubject()).isEqualTo("Rappel : re-signez la charte du Toit Commun");
        assertThat(fr.getContent().toString()).contains("La version 2", "Cliss XXI", "1 mars 2027", "encore 7 jours");
        Message en = TestMailServer.messagesTo(english, 1).get(0);
        assertThat(en.getSubject()).isEqualTo("Reminder: re-sign the charter of Le Toit Commun");
        assertThat(en.getContent().toString()).contains("Version 2", "March 1, 2027", "7 days left");
    }

    @Test
    void aPersonDownloadsTheirDataThenErasesItAndTheSignatureStays() {
        String email = unique("effacee");
        long person = accounts.createActivated(new Invitation(email, "Rose Vasseur", Language.FR, Set.of(Role.MEMBER)), PASSWORD).personId();
        OrganisationRef organisation = organisations.register("Structure de Rose " + UUID.randomUUID(), OrganisationStatus.MEMBER, Circle.FOUNDING);
        organisations.link(organisation.id(), person, OrganisationRole.CONTACT);
        WebClient rose = signedIn(email, PASSWORD);

        HttpResponse<String> data = rose.get("/account/data.json");
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.headers().firstValue("Content-Disposition")).get().asString().contains("attachment");
        assertThat(data.body()).contains("\"displayName\":\"Rose Vasseur\"", email, organisation.name());

        HttpResponse<String> erased = rose.submit("/account/data", "/account/erase", Map.of());
        assertThat(erased.headers().firstValue("Location")).get().asString().endsWith("/?erased");
        assertThat(people.find(person).orElseThrow().displayName()).isEqualTo("Personne effacée");
        assertThat(people.findByEmail(email)).isEmpty();
        assertThat(organisations.isLinked(person, organisation.id())).isFalse();
        assertThat(visitor().signIn(email, PASSWORD).headers().firstValue("Location")).get().asString().contains("error");
    }

    @Test
    void theDirectoryListsOptedInMembersByCircleAndShowsSharedContactsOnlyToMembers() {
        WebClient anonymous = visitor();
        List<String> second = html(anonymous.get("/organisations?circle=SECOND")).select(".directory h2").eachText();
        assertThat(second).contains("Les Cousalis", "Les amis de Mandela").doesNotContain("Cliss XXI", "Bassin Conseil");
        assertThat(html(anonymous.get("/organisations?commune=Lens")).select(".directory h2").eachText()).contains("Micros-rebelles")
            .doesNotContain("Vestali");
        assertThat(anonymous.get("/organisations").body()).doesNotContain("cliss21@demo.toitcommun.coop");

        WebClient member = signedIn("membre@demo.toitcommun.coop", DEMO_PASSWORD);
        assertThat(member.get("/organisations").body()).contains("cliss21@demo.toitcommun.coop");
    }

    @Test
    void cofoundersKeepTheListOfIntercommunalities() {
        WebClient cofounder = signedIn("cofondateur@demo.toitcommun.coop", DEMO_PASSWORD);
        String name = "Communauté de communes " + UUID.randomUUID();

        cofounder.submit("/signatures", "/signatures/epcis", Map.of("name", name));

        assertThat(organisations.epcis()).extracting(e -> e.name()).contains(name);
        HttpResponse<String> again = cofounder.submit("/signatures", "/signatures/epcis", Map.of("name", name));
        assertThat(html(cofounder.follow(again)).select(".alert-danger").text()).isEqualTo("Cette intercommunalité est déjà dans la liste.");
    }

    private WebClient visitor() {
        return new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
    }

    private WebClient signedIn(String email, String password) {
        WebClient client = visitor();
        assertThat(client.signIn(email, password).statusCode()).isEqualTo(302);
        return client;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.org";
    }
}
