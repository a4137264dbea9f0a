package coop.toitcommun.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.Role;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.NewRegistration;
import coop.toitcommun.venue.PublicEventCommand;
import coop.toitcommun.venue.PublicEventView;
import coop.toitcommun.venue.PublicEvents;
import coop.toitcommun.venue.Registrations;
import coop.toitcommun.web.support.BrowserExtension;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.WebIntegrationTest;
import jakarta.mail.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor without an account finds a full event on the public programme, registers, is put on the waiting list,
 * and is promoted (told by email) when the person holding the places cancels with the link of their own email.
 */
@WebIntegrationTest
class PublicProgrammeJourneyIT {

    private static final Pattern CANCEL_LINK = Pattern.compile("https?://[^\\s]+(/events/registrations/[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static BrowserExtension browser = new BrowserExtension();

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired PublicEvents events;
    @Autowired Registrations registrations;

    @Test
    void aVisitorJoinsTheWaitingListOfAFullEventAndIsPromotedWhenSomeoneCancels() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Ciné-débat " + suffix;
        long employee = accounts.createActivated(new Invitation("salarie-" + suffix + "@example.org", "Salarié " + suffix,
            Language.FR, Set.of(Role.EMPLOYEE)), "mot-de-passe-bien-solide").personId();
        long organisation = organisations.register("Ciné-club " + suffix, OrganisationStatus.MEMBER, Circle.FOUNDING).id();
        LocalDate day = LocalDate.now().plusWeeks(6);
        PublicEventView event = events.publish(new PublicEventCommand(new Actor(employee, true), organisation, title,
            "Projection suivie d’un débat.", day.atTime(20, 0), day.atTime(22, 30), null, "Cinéma Arc-en-ciel, Liévin",
            2, true, 0));
        String holder = "paul-" + suffix + "@example.org";
        registrations.register(event.id(), new NewRegistration("Paul Premier", holder, 2, "fr"), TestAddresses.next());
        String visitor = "lea-" + suffix + "@example.org";

        Page page = browser.newPage("fr-FR");
        page.setExtraHTTPHeaders(Map.of("X-Forwarded-For", TestAddresses.next()));
        page.onDialog(dialog -> dialog.accept());
        page.navigate(url("/events?organisation=" + organisation));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Le programme public");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
        assertThat(page.getByText("Complet : inscription sur liste d’attente")).isVisible();
        page.getByLabel("Nom").fill("Léa Visiteuse");
        page.getByLabel("Adresse e-mail").fill(visitor);
        page.getByLabel("Places").fill("1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("S’inscrire sur la liste d’attente")).click();
        assertThat(page.locator("#registered")).containsText("Un e-mail part vers " + visitor);

        Message waiting = TestMailServer.withSubject(visitor, "Liste d’attente : " + title);
        assertThat(text(waiting)).contains("vous êtes sur la liste d’attente pour une place");

        // Paul cancels with the link of his confirmation email: the waiting list moves up
        Matcher link = CANCEL_LINK.matcher(text(TestMailServer.withSubject(holder, "Inscription confirmée : " + title)));
        assertThat(link.find()).isTrue();
        Page paul = browser.newPage("fr-FR");
        paul.setExtraHTTPHeaders(Map.of("X-Forwarded-For", TestAddresses.next()));
        paul.onDialog(dialog -> dialog.accept());
        paul.navigate(url(link.group(1)));
        assertThat(paul.getByText("Inscription confirmée : 2 places.")).isVisible();
        paul.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuler mon inscription")).click();
        assertThat(paul.getByRole(AriaRole.STATUS)).containsText("Votre inscription est annulée.");

        Message promoted = TestMailServer.withSubject(visitor, "Une place s’est libérée : " + title);
        assertThat(text(promoted)).contains("Votre inscription à « " + title + " »").contains("est confirmée pour une place");

        page.reload();
        assertThat(page.getByText("Sur inscription : une place libre sur 2")).isVisible();
    }

    private static String text(Message message) throws Exception {
        return message.getContent().toString().replace("\r\n", "\n");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
