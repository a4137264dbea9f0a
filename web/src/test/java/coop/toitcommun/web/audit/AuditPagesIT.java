package coop.toitcommun.web.audit;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.AuditLog;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Decision;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail over HTTP: who reads which decisions, the filters, the pages and the CSV export. */
@WebIntegrationTest
class AuditPagesIT {

    private static final String PASSWORD = "une-phrase-de-passe-solide";
    private static final String COFOUNDER = "cofondatrice@demo.toitcommun.coop";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired AuditLog audit;
    @Autowired TransactionTemplate transactions;
    @Autowired DemoPeople demo;

    private record House(OrganisationRef a, OrganisationRef b, String aLabel, String bLabel, WebClient memberOfA) {
    }

    /** Two organisations with a decision each about one of their bookings, and a member of A signed in. */
    private House house() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        OrganisationRef a = organisations.register("Structure A " + suffix, OrganisationStatus.MEMBER, Circle.FOUNDING);
        OrganisationRef b = organisations.register("Structure B " + suffix, OrganisationStatus.MEMBER, Circle.FOUNDING);
        String email = "membre-a-" + suffix + "@example.org";
        long member = accounts.createActivated(new Invitation(email, "Membre A", Language.FR, Set.of(Role.MEMBER)), PASSWORD).personId();
        organisations.link(a.id(), member, OrganisationRole.CONTACT);
        long staff = demo.id("salariee@demo.toitcommun.coop");
        String aLabel = "Salle Verte · atelier de A " + suffix;
        String bLabel = "Salle Verte · secret de B " + suffix;
        transactions.executeWithoutResult(status -> {
            audit.record(Decision.of("venue", "BOOKING_REFUSED", staff).organisation(a.id()).about("booking", 1, aLabel)
                .change("PENDING", "REFUSED").detail("Salle en travaux"));
            audit.record(Decision.of("venue", "BOOKING_REFUSED", staff).organisation(b.id()).about("booking", 2, bLabel)
                .change("PENDING", "REFUSED").detail("Motif de B"));
        });
        WebClient client = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        assertThat(client.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
        return new House(a, b, aLabel, bLabel, client);
    }

    @Test
    void aMemberOfOneOrganisationReadsItsDecisionsAndNeverAnothersNorTheWholeTrail() {
        House house = house();
        WebClient member = house.memberOfA();

        Document own = html(member.get("/organisations/" + house.a().id() + "/audit"));
        assertThat(own.select("tbody tr").eachText()).singleElement().asString()
            .contains(house.aLabel(), "Réservation refusée", "PENDING", "REFUSED", "Salle en travaux");
        assertThat(own.text()).doesNotContain(house.bLabel(), "Motif de B");
        assertThat(html(member.get("/organisations/" + house.a().id())).select("a[href=/organisations/" + house.a().id() + "/audit]"))
            .as("the organisation's page leads to its decisions").hasSize(1);

        assertThat(member.get("/organisations/" + house.b().id() + "/audit").statusCode()).isEqualTo(404);
        assertThat(member.get("/organisations/" + house.b().id() + "/audit.csv").statusCode()).isEqualTo(404);
        assertThat(member.get("/audit?organisation=" + house.b().id()).statusCode()).isEqualTo(404);
        assertThat(member.get("/audit.csv?organisation=" + house.b().id()).statusCode()).isEqualTo(404);
        HttpResponse<String> whole = member.get("/audit");
        assertThat(whole.statusCode()).isEqualTo(403);
        assertThat(whole.body()).doesNotContain(house.bLabel());
        HttpResponse<String> wholeCsv = member.get("/audit.csv");
        assertThat(wholeCsv.statusCode()).isEqualTo(403);
        assertThat(wholeCsv.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(wholeCsv.body()).doesNotContain(house.bLabel());

        List<CSVRecord> csv = csv(member.get("/organisations/" + house.a().id() + "/audit.csv"));
        assertThat(csv).extracting(r -> r.get(4)).contains(house.aLabel()).doesNotContain(house.bLabel());
    }

    @Test
    void coFoundersReadTheWholeTrailFilteredAndExportTheFilteredListAsCsv() {
        House house = house();
        WebClient cofounder = demo.signedInInFrench(port, COFOUNDER);

        Document page = html(cofounder.get("/audit?organisation=" + house.b().id() + "&module=venue&kind=BOOKING_REFUSED"));
        assertThat(page.select("tbody tr").eachText()).singleElement().asString().contains(house.bLabel(), "Sabrina Kaci");
        assertThat(page.select("#filter-organisation option[selected]").text()).isEqualTo(house.b().name());
        String export = page.select("a[href^=/audit.csv]").attr("href");
        assertThat(export).contains("organisation=" + house.b().id(), "module=venue", "kind=BOOKING_REFUSED");

        HttpResponse<String> download = cofounder.get(export);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", "decisions.csv");
        List<CSVRecord> csv = csv(download);
        assertThat(csv.get(0).toList()).containsExactly("Quand", "Domaine", "Décision", "Décidé par", "Sujet", "Numéro du sujet",
            "Structure", "Avant", "Après", "Précisions");
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1).toList()).containsExactly(csv.get(1).get(0), "Salles et réservations", "Réservation refusée",
            "Sabrina Kaci", house.bLabel(), "2", house.b().name(), "PENDING", "REFUSED", "Motif de B");
        assertThat(csv.get(1).get(0)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

        assertThat(html(cofounder.get("/audit?organisation=" + house.b().id() + "&module=membership")).select(".empty-state").text())
            .isEqualTo("Aucune décision ne correspond à ces filtres. Tout afficher");
    }

    @Test
    void unreadableFiltersAreNamedAndKeptRatherThanFailing() {
        WebClient cofounder = demo.signedInInFrench(port, COFOUNDER);

        HttpResponse<String> response = cofounder.get("/audit?from=31/12/2025&module=ailleurs&organisation=abc");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.select("#filter-from").attr("value")).isEqualTo("31/12/2025");
        assertThat(page.select("#filter-from-error").text()).contains("Date illisible");
        assertThat(page.select("#filter-module-error").text()).isNotEmpty();
        assertThat(page.select("#filter-organisation-error").text()).isNotEmpty();
    }

    @Test
    void theTrailIsPaginatedAndEachPageKeepsTheFilters() {
        House house = house();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < AuditController.PAGE_SIZE + 5; i++) {
                audit.record(Decision.of("venue", "BOOKING_APPROVED", null).organisation(house.a().id()).about("booking", 10 + i, "Ligne " + i));
            }
        });
        WebClient cofounder = demo.signedInInFrench(port, COFOUNDER);

        Document first = html(cofounder.get("/audit?organisation=" + house.a().id()));
        assertThat(first.select("tbody tr")).hasSize(AuditController.PAGE_SIZE);
        assertThat(first.select("[role=status]").first().text()).isEqualTo((AuditController.PAGE_SIZE + 6) + " décisions");
        String next = first.select("nav .pagination a").last().attr("href");
        assertThat(next).contains("organisation=" + house.a().id(), "page=1");
        Document second = html(cofounder.get(next));
        assertThat(second.select("tbody tr")).hasSize(6);
        assertThat(second.select("tbody tr").last().text()).contains(house.aLabel());
    }

    private static List<CSVRecord> csv(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body().startsWith("\ufeff") ? response.body().substring(1) : response.body();
        try {
            return CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(body)).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
