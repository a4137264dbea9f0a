package coop.toitcommun.web.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Contact;
import coop.toitcommun.membership.DirectoryEntry;
import coop.toitcommun.membership.EssStatus;
import coop.toitcommun.membership.OrganisationRole;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DirectoryCardsTests {

    private static final String MARKUP = "Café <b>&\"Co\"</b> l'Atelier";

    private final DirectoryCards cards = new DirectoryCards(circle -> "Cercle " + circle.name() + " <&>", "Contacts <partagés>");

    @Test
    void escapesEveryTextAsThTextDoes() {
        DirectoryEntry entry = new DirectoryEntry(1, MARKUP, MARKUP, Circle.HOSTED, EssStatus.ESS_BY_LEGAL_FORM, MARKUP,
            "https://example.org/?a=1&b='2'");
        Contact contact = new Contact(7, MARKUP, "a&b@example.org", "<06>", OrganisationRole.CONTACT, Set.of(), true);

        String html = cards.write(List.of(entry), Map.of(1L, List.of(contact)));

        assertThat(html).contains("<h2 class=\"h5 card-title\">Café &lt;b&gt;&amp;&quot;Co&quot;&lt;/b&gt; l&#39;Atelier</h2>")
            .contains("<a href=\"https://example.org/?a=1&amp;b=&#39;2&#39;\" rel=\"noopener\">")
            .contains("<a href=\"mailto:a&amp;b@example.org\">a&amp;b@example.org</a>")
            .doesNotContain("<b>", "Cercle HOSTED <&>", "<06>");
        Element card = Jsoup.parseBodyFragment("<ul>" + html + "</ul>").selectFirst("article.card");
        assertThat(card.select("h2").text()).isEqualTo(MARKUP);
        assertThat(card.select(".badge").text()).isEqualTo("Cercle HOSTED <&>");
        assertThat(card.select(".small").first().text()).isEqualTo(MARKUP);
        assertThat(card.select("p.card-text").text()).isEqualTo(MARKUP);
        assertThat(card.select("p.mb-0 a").attr("href")).isEqualTo("https://example.org/?a=1&b='2'");
        assertThat(card.select("p.fw-semibold").text()).isEqualTo("Contacts <partagés>");
        assertThat(card.select("li").eachText()).containsExactly(MARKUP + " · a&b@example.org · <06>");
    }

    @Test
    void printsNothingForWhatAnOrganisationLeftEmptyNorContactsForVisitors() {
        DirectoryEntry bare = new DirectoryEntry(2, "Ressourcerie", null, Circle.FOUNDING, EssStatus.ESS_BY_LEGAL_FORM, "", null);
        DirectoryEntry other = new DirectoryEntry(3, "Épicerie", "", Circle.SECOND, EssStatus.ESS_BY_LEGAL_FORM, null, "");

        Document page = Jsoup.parseBodyFragment("<ul>" + cards.write(List.of(bare, other), Map.of()) + "</ul>");

        assertThat(page.select("article.card h2").eachText()).containsExactly("Ressourcerie", "Épicerie");
        assertThat(page.select("article.card .badge").eachText()).containsExactly("Cercle FOUNDING <&>", "Cercle SECOND <&>");
        assertThat(page.select("article.card span.small, p.card-text, p.mb-0, div.small")).isEmpty();
    }

    @Test
    void aContactWithoutPhoneShowsNameAndAddress() {
        DirectoryEntry entry = new DirectoryEntry(4, "Amicale", null, Circle.HOSTED, EssStatus.ESS_BY_LEGAL_FORM, "Lens", null);
        Contact contact = new Contact(8, "Nadia", "nadia@example.org", null, OrganisationRole.CONTACT, Set.of(), true);

        Element card = Jsoup.parseBodyFragment("<ul>" + cards.write(List.of(entry), Map.of(4L, List.of(contact))) + "</ul>")
            .selectFirst("article.card");

        assertThat(card.select("li").eachText()).containsExactly("Nadia · nadia@example.org");
        assertThat(card.select("li span")).hasSize(1);
    }
}
