package coop.toitcommun.web.organisations;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.ContactDetails;
import coop.toitcommun.membership.EssStatus;
import coop.toitcommun.membership.LegalForm;
import coop.toitcommun.membership.OrganisationDetails;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.PersonKind;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public directory a page of 50 at a time: the links to other pages keep the search and the filters, the
 * search ignores accents, an empty result says so; the home page shows how many members are listed and a few. A card
 * names its circle in the page's language and shows the contacts shared with members to members only.
 */
@WebIntegrationTest
class DirectoryPagesIT {

    @LocalServerPort int port;
    @Autowired Organisations organisations;
    @Autowired DemoPeople demo;

    @Test
    void pagesKeepTheSearchAndTheFilters() {
        String tag = "quartier" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 60; i++) {
            organisations.register(new OrganisationDetails("Épicerie " + tag + " " + (100 + i), LegalForm.ASSOCIATION,
                EssStatus.ESS_BY_LEGAL_FORM, null, null, null, null, "Méricourt", null, null, null, true, false),
                OrganisationStatus.MEMBER, Circle.SECOND);
        }
        WebClient visitor = new WebClient(port);

        Document first = html(visitor.get("/organisations?q=epicerie+" + tag + "&circle=SECOND"));
        assertThat(first.select(".directory h2")).hasSize(50);
        assertThat(first.select("p[role=status]").text()).isEqualTo("60 structures : de 1 à 50");
        String next = first.select("nav .pagination a:contains(Page suivante)").attr("href");
        assertThat(next).contains("q=epicerie").contains(tag).contains("circle=SECOND").contains("page=2");

        Document second = html(visitor.get(next));
        assertThat(second.select(".directory h2").eachText()).hasSize(10)
            .allSatisfy(name -> assertThat(name).startsWith("Épicerie " + tag));
        assertThat(second.select("#filter-text").val()).isEqualTo("epicerie " + tag);
        assertThat(second.select("#filter-circle option[selected]").val()).isEqualTo("SECOND");
        assertThat(second.select("#filter-commune option:first-child").text()).isEqualTo("Toutes");
        assertThat(second.select("#filter-circle option:first-child").text()).isEqualTo("Tous");

        Document none = html(visitor.get("/organisations?q=" + tag + "&circle=HOSTED"));
        assertThat(none.select(".directory h2")).isEmpty();
        assertThat(none.select(".empty-state").text()).contains("Aucune structure ne correspond à votre recherche.");

        Document home = html(visitor.get("/"));
        List<String> shown = home.select("#directory-heading ~ ul li .fw-semibold").eachText();
        assertThat(shown).isNotEmpty().hasSizeLessThanOrEqualTo(DirectoryPage.ON_THE_HOME_PAGE);
        assertThat(home.select("#directory-heading ~ p").text()).containsPattern("\\d+ structures membres figurent dans l’annuaire");
        assertThat(home.select("a[href=/organisations]").eachText()).contains("Voir l’annuaire des structures membres");
    }

    @Test
    void aCardNamesItsCircleInThePageLanguageAndShowsSharedContactsToMembersOnly() {
        String tag = "carte" + UUID.randomUUID().toString().substring(0, 6);
        OrganisationRef hosted = organisations.register(new OrganisationDetails("Ressourcerie " + tag, LegalForm.ASSOCIATION,
            EssStatus.ESS_BY_LEGAL_FORM, null, null, null, null, "Liévin", null, null, null, true, false),
            OrganisationStatus.MEMBER, Circle.HOSTED);
        long cofounder = demo.id("cofondatrice@demo.toitcommun.coop");
        organisations.link(hosted.id(), cofounder, OrganisationRole.LEGAL_REPRESENTATIVE);
        organisations.addContact(cofounder, hosted.id(), new ContactDetails("Yanis " + tag, tag + "@example.org", "06 12 34 56 78",
            OrganisationRole.CONTACT, Set.of(PersonKind.VOLUNTEER), true));
        organisations.addContact(cofounder, hosted.id(), new ContactDetails("Inès " + tag, tag + "-prive@example.org", null,
            OrganisationRole.CONTACT, Set.of(), false));
        String search = "/organisations?q=" + tag;

        Element visitorsCard = html(new WebClient(port).get(search)).selectFirst(".directory .card");
        assertThat(visitorsCard.select("h2").text()).isEqualTo("Ressourcerie " + tag);
        assertThat(visitorsCard.select(".badge").text()).isEqualTo("Structure hébergée");
        assertThat(visitorsCard.text()).contains("Liévin").doesNotContain("Yanis", "Inès", "Contacts");
        assertThat(html(new WebClient(port).get(search + "&lang=en")).select(".directory .card .badge").text())
            .isEqualTo("Hosted organisation");

        Element membersCard = html(demo.signedInInFrench(port, "membre@demo.toitcommun.coop").get(search))
            .selectFirst(".directory .card");
        assertThat(membersCard.select("p.fw-semibold").text()).isEqualTo("Contacts partagés avec les membres");
        assertThat(membersCard.select("li").eachText()).containsExactly("Yanis " + tag + " · " + tag + "@example.org · 06 12 34 56 78");
        assertThat(membersCard.select("a[href^=mailto:]").attr("href")).isEqualTo("mailto:" + tag + "@example.org");
    }
}
