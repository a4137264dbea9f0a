package coop.toitcommun.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import coop.toitcommun.venue.volunteering.MissionCommand;
import coop.toitcommun.venue.volunteering.Missions;
import coop.toitcommun.venue.volunteering.ShiftPlan;
import coop.toitcommun.venue.volunteering.Shifts;
import coop.toitcommun.venue.volunteering.VolunteeringActor;
import coop.toitcommun.web.support.BrowserExtension;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A volunteer finds a mission from the navigation, signs up for a shift with the keyboard, finds it in their hours
 * and withdraws after confirming; a coordinator, on a phone, sees the demo's overloaded volunteer on the dashboard
 * and follows the alert to the load page.
 */
@WebIntegrationTest
class VolunteeringJourneyIT {

    private static final String PASSWORD = "mot-de-passe-bien-solide";
    private static final String EMPLOYEE = "salariee@demo.toitcommun.coop";

    @RegisterExtension
    static BrowserExtension browser = new BrowserExtension();

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Missions missions;
    @Autowired Shifts shifts;
    @Autowired DemoPeople demo;

    @Test
    void aVolunteerSignsUpForAShiftAndFindsItInTheirHours() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String mission = "Repair café " + suffix;
        VolunteeringActor staff = new VolunteeringActor(demo.id(EMPLOYEE), true, true);
        long missionId = missions.create(new MissionCommand(staff, mission, "Aider les réparateurs.", -1)).id();
        shifts.plan(missionId, new ShiftPlan(staff, LocalDate.now().plusWeeks(2), LocalTime.of(9, 30), LocalTime.of(12, 30), 2, null));
        String email = "journee-" + suffix + "@example.org";
        accounts.createActivated(new Invitation(email, "Lina Parcours", Language.FR, Set.of(Role.VOLUNTEER)), PASSWORD);

        Page page = browser.newPage("fr-FR");
        page.onDialog(dialog -> dialog.accept());
        signIn(page, email, PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bénévolat").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Bénévolat");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Missions").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(mission).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(mission);

        // with the keyboard: the sign-up button, then Enter
        Locator signUp = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je m’inscris : " + mission));
        signUp.focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("C’est noté : vous êtes inscrit·e à ce créneau.");
        assertThat(page.getByText("Vous y êtes inscrit·e")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes heures").setExact(true)).click();
        Locator row = page.locator("tbody tr", new Page.LocatorOptions().setHasText(mission));
        assertThat(row).containsText("09:30–12:30");
        assertThat(row).containsText("prévu : 3 h");

        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Me retirer : " + mission)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Vous êtes retiré·e du créneau ; votre place est libre.");
        assertThat(page.getByText("2 places libres sur 2")).isVisible();
    }

    @Test
    void onAPhoneACoordinatorSeesTheOverloadAlertAndFollowsItToTheLoadPage() {
        accounts.changeLanguage(demo.id(EMPLOYEE), Language.FR);
        Page page = browser.newPage("fr-FR", 390, 844);
        signIn(page, EMPLOYEE, DemoPeople.PASSWORD);

        Locator alert = page.locator("#volunteering-overloaded");
        assertThat(alert).containsText("dépasse les seuils de la maison");
        assertThat(alert).containsText("Jules Caron");
        alert.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Voir la charge des bénévoles")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Charge des bénévoles");
        assertThat(page.locator("#overload-alert")).containsText("Jules Caron");
        Locator first = page.locator("#load-table tbody tr").first();
        assertThat(first).containsText("Jules Caron");
        assertThat(first).containsText("surcharge");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
    }

    private void signIn(Page page, String email, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Bonjour");
    }
}
