package coop.toitcommun.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.toitcommun.membership.AccountView;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.OrganisationRef;
import coop.toitcommun.membership.OrganisationRole;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.Role;
import coop.toitcommun.venue.Actor;
import coop.toitcommun.venue.Calendars;
import coop.toitcommun.venue.RoomCommand;
import coop.toitcommun.venue.RoomView;
import coop.toitcommun.venue.Rooms;
import coop.toitcommun.web.support.BrowserExtension;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A member books a room from the week calendar, finds the booking in the calendar and in "my bookings", is
 * told in French what collides when booking over it, then cancels the first booking.
 */
@WebIntegrationTest
class BookingJourneyIT {

    private static final String PASSWORD = "mot-de-passe-bien-solide";
    private static final Locale FRENCH = Locale.FRENCH;

    @RegisterExtension
    static BrowserExtension browser = new BrowserExtension();

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Rooms rooms;

    @Test
    void bookAFreeSlotFromTheWeekCalendarGetTheConflictMessageThenCancel() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = "parcours-" + suffix + "@example.org";
        AccountView account = accounts.createActivated(new Invitation(email, "Inès Parcours", Language.FR, Set.of(Role.MEMBER)), PASSWORD);
        OrganisationRef organisation = organisations.register("Les Ateliers " + suffix, OrganisationStatus.MEMBER, Circle.FOUNDING);
        organisations.link(organisation.id(), account.personId(), OrganisationRole.CONTACT);
        RoomView room = rooms.create(new Actor(account.personId(), true), new RoomCommand("Salle du parcours " + suffix, "", 12, "0",
            true, "", true, false, false, 30, 600, 365, 0, 1000, 800, 2000, 500));
        LocalDate tuesday = LocalDate.now().plusWeeks(3).with(java.time.DayOfWeek.TUESDAY);

        Page page = browser.newPage("fr-FR");
        page.onDialog(dialog -> dialog.accept());
        page.navigate(url("/login"));
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

        // the week calendar, three weeks ahead: the room's Tuesday is free from 08:00, a link to book it
        page.navigate(url("/calendar?week=" + Calendars.weekOf(tuesday)));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Semaine du");
        Locator row = page.locator("table.cal-week tbody tr", new Page.LocatorOptions().setHasText(room.name()));
        Locator tuesdayCell = row.locator("td").nth(1);
        assertThat(tuesdayCell.locator(".dl")).isHidden();
        tuesdayCell.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Libre 08:00–"))).click();

        assertThat(page.getByLabel("Salle", new Page.GetByLabelOptions().setExact(true))).hasValue(String.valueOf(room.id()));
        assertThat(page.getByLabel("Début")).hasValue("08:00");
        page.getByLabel("Début").fill("10:00");
        page.getByLabel("Fin").fill("12:00");
        page.getByLabel("Intitulé", new Page.GetByLabelOptions().setExact(true)).fill("Atelier couture");
        page.getByLabel("Nombre de personnes").fill("8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Réserver").setExact(true)).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Réservation confirmée.");
        assertThat(page).hasURL(Pattern.compile(".*/bookings/\\d+$"));
        String bookingPage = page.url();

        page.navigate(url("/calendar?week=" + Calendars.weekOf(tuesday)));
        assertThat(tuesdayCell).containsText("10:00–12:00 Atelier couture");
        assertThat(tuesdayCell.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Libre 08:00–10:00"))).hasCount(1);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes réservations")).click();
        assertThat(page.locator("#upcoming-heading + ul")).containsText("Atelier couture");

        // an overlapping booking: the French conflict message with alternatives, nothing typed lost
        page.navigate(url("/bookings/new?room=" + room.id() + "&date=" + tuesday + "&start=11:00&end=13:00"));
        page.getByLabel("Intitulé", new Page.GetByLabelOptions().setExact(true)).fill("Réunion de bureau");
        page.getByLabel("Nombre de personnes").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Réserver").setExact(true)).click();
        Locator conflict = page.getByRole(AriaRole.ALERT);
        assertThat(conflict).containsText("Cette salle est déjà réservée à ce moment-là.");
        assertThat(conflict).containsText("Elle est prise par « Atelier couture » de 10:00 à 12:00");
        assertThat(conflict).containsText("Créneaux libres les plus proches dans cette salle");
        assertThat(conflict.getByRole(AriaRole.LINK).first()).isVisible();
        assertThat(page.getByLabel("Intitulé", new Page.GetByLabelOptions().setExact(true))).hasValue("Réunion de bureau");

        // cancel the first booking
        page.navigate(bookingPage);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuler la réservation")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Réservation annulée.");
        assertThat(page.locator("#upcoming-heading + ul li", new Page.LocatorOptions().setHasText("Atelier couture"))).containsText("Annulée");
    }

    @Test
    void onAPhoneTheWeekIsAListOfRoomsForTheDayChosenAndAFreeTimeOpensTheForm() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = "telephone-" + suffix + "@example.org";
        AccountView account = accounts.createActivated(new Invitation(email, "Jo Téléphone", Language.FR, Set.of(Role.MEMBER)), PASSWORD);
        OrganisationRef organisation = organisations.register("Radio " + suffix, OrganisationStatus.MEMBER, Circle.FOUNDING);
        organisations.link(organisation.id(), account.personId(), OrganisationRole.CONTACT);
        LocalDate wednesday = LocalDate.now().plusWeeks(3).with(java.time.DayOfWeek.WEDNESDAY);

        Page page = browser.newPage("fr-FR", 390, 844);
        page.navigate(url("/login"));
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        page.navigate(url("/calendar?week=" + Calendars.weekOf(wednesday)));

        // the same table, laid out as a list of rooms for one day, chosen at the top; the column headings are hidden
        assertThat(page.locator("table.cal-week thead")).isHidden();
        String day = DateTimeFormatter.ofPattern("EEE d", FRENCH).format(wednesday);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Choisir le jour affiché"))
            .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(day).setExact(true)).click();
        Locator wednesdays = page.locator("table.cal-week td", new Page.LocatorOptions().setHasText(day));
        assertThat(wednesdays.first().locator(".dl")).isVisible();
        wednesdays.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Libre "))).first().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Réserver une salle");
        assertThat(page.getByLabel("Date")).hasValue(wednesday.toString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
