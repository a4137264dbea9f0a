package coop.toitcommun.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.BodyKind;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.LegalForm;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.People;
import coop.toitcommun.venue.Calendars;
import coop.toitcommun.web.support.BrowserExtension;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a person met walking the pages (issue 13), now gone: a board member dropped silently from a meeting after
 * their mandate, a percentage field for a majority nobody chose, a week calendar three thousand pixels long on a
 * phone, a closed Sunday drawn as an empty column.
 */
@WebIntegrationTest
class FrictionsIT {

    private static final String PASSWORD = "demo-toit-commun";
    private static final String NADIA = "membre@demo.toitcommun.coop";

    @RegisterExtension
    static BrowserExtension browser = new BrowserExtension();

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired People people;
    @Autowired Entities entities;
    @Autowired HouseClock calendar;

    @Test
    void theMeetingFormNamesTheBoardMembersWhoseMandateIsOverByTheChosenDateAndTheCreatedMeetingSaysItAgain() {
        // in the demo, Bernard Lefort's mandate on the SCIC's board ends in 45 days; the others' in years
        Body board = entities.allBodies().stream().filter(b -> b.kind() == BodyKind.BOARD
            && entities.get(b.entityId()).legalForm() == LegalForm.SCIC_SAS).findFirst().orElseThrow();
        Page nadia = signIn(NADIA, "fr-FR", 1280);
        nadia.navigate(url("/bodies/" + board.id() + "/meetings/new"));
        Locator warning = nadia.locator("#mandates-ending");
        assertThat(warning).isHidden();

        nadia.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(calendar.today().plusDays(20).toString());
        assertThat(warning).isHidden();
        LocalDate later = calendar.today().plusDays(60);
        nadia.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(later.toString());
        assertThat(warning).isVisible();
        assertThat(warning.locator("li:visible")).hasText(new String[] {"Bernard Lefort : mandat jusqu’au "
            + calendar.today().plusDays(45).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH))});

        nadia.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true)).fill("Conseil d’après mandat");
        nadia.getByLabel("Heure de début").fill("18:00");
        nadia.getByLabel("Durée prévue (minutes)").fill("90");
        nadia.getByLabel("Une adresse extérieure", new Page.GetByLabelOptions().setExact(true)).check();
        nadia.getByLabel("Adresse extérieure", new Page.GetByLabelOptions().setExact(true)).fill("12 rue des Mineurs, Lens");
        nadia.getByLabel("Présidence de séance").selectOption(new SelectOption().setLabel("Martine Delattre"));
        nadia.getByLabel("Secrétariat de séance").selectOption(new SelectOption().setLabel("Nadia Benali"));
        nadia.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer la réunion")).click();

        assertThat(nadia.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Conseil d’après mandat");
        assertThat(nadia.locator(".alert-warning[role=status]"))
            .hasText("Réunion créée. Ne seront pas convoqués, leur mandat étant terminé à cette date : Bernard Lefort.");

        // the agenda builder: the percentage of a custom majority shows only once a custom majority is chosen
        Locator percentage = nadia.getByLabel("Pourcentage (majorité personnalisée)");
        assertThat(percentage).isHidden();
        nadia.getByLabel("Majorité requise", new Page.GetByLabelOptions().setExact(true)).selectOption("CUSTOM");
        assertThat(percentage).isVisible();
        nadia.getByLabel("Majorité requise", new Page.GetByLabelOptions().setExact(true)).selectOption("TWO_THIRDS");
        assertThat(percentage).isHidden();
    }

    @Test
    void onAPhoneTheWeekCalendarShowsOneDayChosenAtTheTopAndOnADesktopTheClosedSundaySaysFerme() {
        LocalDate monday = calendar.today().plusWeeks(2).with(DayOfWeek.MONDAY);
        String week = "/calendar?week=" + Calendars.weekOf(monday);
        Page phone = signIn(NADIA, "fr-FR", 390);
        phone.navigate(url(week));
        Locator picker = phone.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Choisir le jour affiché"));
        assertThat(picker.locator("[aria-current=true]")).hasText(shortDay(monday));
        Locator rows = phone.locator("table.cal-week tbody tr");
        assertThat(rows.first().locator("td:visible")).hasCount(1);
        assertThat(rows.first().locator("td:visible .dl")).hasText(shortDay(monday));

        picker.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(shortDay(monday.plusDays(2)))).click();
        assertThat(picker.locator("[aria-current=true]")).hasText(shortDay(monday.plusDays(2)));
        assertThat(rows.first().locator("td:visible")).hasCount(1);
        assertThat(rows.first().locator("td:visible .dl")).hasText(shortDay(monday.plusDays(2)));
        int height = ((Number) phone.evaluate("document.documentElement.scrollHeight")).intValue();
        org.assertj.core.api.Assertions.assertThat(height).as("one day for every room, not the whole week").isLessThan(2500);

        Page desktop = signIn(NADIA, "fr-FR", 1280);
        desktop.navigate(url(week));
        assertThat(desktop.locator(".day-picker")).isHidden();
        Locator sunday = desktop.locator("table.cal-week tbody tr").first().locator("td").nth(6);
        assertThat(sunday.locator(".c")).isVisible();
        assertThat(sunday.locator(".c")).hasText("Fermé");
    }

    private static String shortDay(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("EEE d", Locale.FRENCH));
    }

    /** Demo accounts are shared with other tests, some of which switch their language: these pages are in French. */
    private Page signIn(String email, String locale, int width) {
        accounts.changeLanguage(people.findByEmail(email).orElseThrow().id(), Language.FR);
        Page page = browser.newPage(locale, width, 900);
        page.navigate(url("/login"));
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page).hasURL(url("/dashboard"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
