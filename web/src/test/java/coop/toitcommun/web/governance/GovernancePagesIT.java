package coop.toitcommun.web.governance;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.governance.Associate;
import coop.toitcommun.governance.AssociateCategory;
import coop.toitcommun.governance.Actor;
import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.BodyKind;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.Holder;
import coop.toitcommun.governance.LegalEntity;
import coop.toitcommun.governance.LegalForm;
import coop.toitcommun.governance.MandateRole;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.governance.NewEntity;
import coop.toitcommun.governance.Registers;
import coop.toitcommun.governance.Subscription;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Circle;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.OrganisationStatus;
import coop.toitcommun.membership.Organisations;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Governance pages over HTTP: board rights from current mandates, the law's refusals in French, exports. */
@WebIntegrationTest
class GovernancePagesIT {


    private static final String PASSWORD = "une-phrase-de-passe-solide";
    private static final long SHARE = 10_000;

    @LocalServerPort int port;
    @Autowired DemoPeople demo;
    @Autowired Accounts accounts;
    @Autowired Organisations organisations;
    @Autowired Entities entities;
    @Autowired Registers registers;
    @Autowired Mandates mandates;
    @Autowired HouseClock calendar;

    @Test
    void aMandateThatEndedYesterdayNoLongerOpensTheBoardPages() {
        LocalDate today = calendar.today();
        LegalEntity scic = entity(LegalForm.SCIC_SAS);
        Body board = entities.addBody(setup(), scic.id(), BodyKind.BOARD, "Conseil coopératif");
        Account current = account("Administratrice en cours");
        Account former = account("Administrateur sorti");
        mandates.appoint(setup(), board.entityId(), board.id(), current.id(), null, MandateRole.DIRECTOR, today.minusYears(1), today.plusYears(2));
        mandates.appoint(setup(), board.entityId(), board.id(), former.id(), null, MandateRole.DIRECTOR, today.minusYears(3), today.minusDays(1));

        HttpResponse<String> allowed = current.client().get("/bodies/" + board.id() + "/board");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(html(allowed).select("h1").text()).contains("Conseil coopératif");
        assertThat(html(allowed).text()).contains("Administrateur sorti");

        assertThat(former.client().get("/bodies/" + board.id() + "/board").statusCode()).isEqualTo(403);
        for (String page : List.of("", "/register", "/bodies")) {
            Document shown = html(former.client().get("/entities/" + scic.id() + page));
            assertThat(shown.select("h1").text()).isEqualTo(scic.name());
            assertThat(shown.select("main form[method=post]")).as("no form of those who run it on " + page).isEmpty();
        }
        assertThat(former.client().forge("/entities/" + scic.id(), "/entities/" + scic.id() + "/revision",
            Map.of("on", today.toString())).statusCode()).isEqualTo(403);
        assertThat(entities.get(scic.id()).lastCooperativeRevision()).isNull();
    }

    @Test
    void aMandateEndedDuringASessionRemovesTheBoardPagesOnTheNextRequest() {
        LocalDate today = calendar.today();
        Body board = entities.addBody(setup(), entity(LegalForm.SCIC_SAS).id(), BodyKind.BOARD, "Conseil coopératif");
        Account director = account("Administratrice qui s'en va");
        var mandate = mandates.appoint(setup(), board.entityId(), board.id(), director.id(), null, MandateRole.DIRECTOR, today.minusYears(1), today.plusYears(2));
        assertThat(director.client().get("/bodies/" + board.id() + "/board").statusCode()).isEqualTo(200);

        mandates.end(setup(), board.entityId(), mandate.id(), today.minusDays(1));

        assertThat(director.client().get("/bodies/" + board.id() + "/board").statusCode()).isEqualTo(403);
        assertThat(director.client().get("/dashboard").statusCode()).as("still signed in: only the board rights went").isEqualTo(200);
    }

    @Test
    void aPublicBodySubscriptionBeyondHalfTheCapitalIsRefusedInFrench() {
        Setup setup = scicWithBoardMember();
        Associate town = registers.admit(setup(), setup.entity().id(), Holder.organisation(organisation("Commune de Liévin")),
            AssociateCategory.PUBLIC_BODY, null, calendar.today());

        HttpResponse<String> within = setup.client().submit(registerPage(setup), "/entities/" + setup.entity().id() + "/subscriptions",
            subscription(town.id(), 20));
        assertThat(within.statusCode()).as("exactly half is allowed").isEqualTo(302);

        HttpResponse<String> refused = setup.client().submit(registerPage(setup), "/entities/" + setup.entity().id() + "/subscriptions",
            subscription(town.id(), 1));
        assertThat(refused.statusCode()).isEqualTo(200);
        Document document = html(refused);
        assertThat(document.select("#subscription-form [role=alert]").text())
            .startsWith("Souscription refusée : les collectivités publiques détiendraient 2 100,00 € sur un capital de 4 100,00 €")
            .contains("plus de 50 %", "47-1775");
        assertThat(document.select("#sub-shares").val()).as("the form keeps what was typed").isEqualTo("1");
        assertThat(registers.register(setup.entity().id(), calendar.today()).publicBodiesCents()).isEqualTo(20 * SHARE);
    }

    @Test
    void collegeWeightsOutsideTheLawAreRefusedInFrench() {
        Setup setup = scicWithBoardMember();
        String action = "/entities/" + setup.entity().id() + "/colleges";

        HttpResponse<String> refused = setup.client().submit(page(setup), action,
            Map.of("names", "Salariés", "weights", "60"));
        assertThat(html(refused).select("[role=alert]").text()).contains("chaque collège doit peser entre 10 % et 50 %");

        assertThat(setup.client().submit(page(setup), action, Map.of()).statusCode()).as("no colleges at all").isEqualTo(302);
        assertThat(entities.colleges(setup.entity().id())).isEmpty();
    }

    @Test
    void numbersTooLargeToReadAreFieldErrorsNotServerErrors() {
        Setup setup = scicWithBoardMember();
        String entity = "/entities/" + setup.entity().id();
        Map<String, String> mandate = Map.of("bodyId", "99999999999999999999", "email", setup.boardMember().email(),
            "role", "DIRECTOR", "startsOn", calendar.today().toString());
        Map<String, String> admission = Map.of("holderKind", "ORGANISATION", "organisationId", "99999999999999999999",
            "entryDate", calendar.today().toString());
        Map<String, String> settings = Map.of("maxProxies", "99999999999", "meetingModes", "IN_PERSON");

        Map<String, String> pages = Map.of(entity + "/mandates", bodiesPage(setup), entity + "/associates", registerPage(setup),
            entity + "/settings", page(setup));
        for (Map.Entry<String, Map<String, String>> sent : Map.of(entity + "/mandates", mandate, entity + "/associates", admission,
                entity + "/settings", settings).entrySet()) {
            HttpResponse<String> response = setup.client().submit(pages.get(sent.getKey()), sent.getKey(), sent.getValue());
            assertThat(response.statusCode()).as(sent.getKey()).isEqualTo(200);
            assertThat(html(response).select(".is-invalid, .invalid-feedback").isEmpty()).as(sent.getKey()).isFalse();
        }
    }

    @Test
    void aCollegesFormWhoseRowsCannotBeReadIsShownAgainSayingWhy() {
        Setup setup = scicWithBoardMember();
        String action = page(setup) + "/colleges";
        String token = html(setup.client().get(page(setup))).select("form[action=" + action + "] input[name=_csrf]").val();
        String twice = "names%5B4%5D=Salari%C3%A9s&names%5B4%5D=Usagers&weights%5B4%5D=30&weights%5B4%5D=40&_csrf=" + token;

        HttpResponse<String> response = setup.client().postRaw(action, "application/x-www-form-urlencoded",
            twice.getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("Referer", "http://localhost" + page(setup)));

        assertThat(response.statusCode()).isEqualTo(200);
        Document again = html(response);
        assertThat(again.select("form[action=" + action + "] input[name^=names]")).as("the rows are drawn again").hasSizeGreaterThan(4);
        assertThat(again.select("form[action=" + action + "] .invalid-feedback, form[action=" + action + "] .alert-danger").text())
            .as("why the form was refused").isNotBlank();
    }

    @Test
    void aScicMandateOverSixYearsIsRefusedInFrench() {
        Setup setup = scicWithBoardMember();
        Body board = entities.bodies(setup.entity().id()).get(0);
        Account newcomer = account("Nouvelle administratrice");
        LocalDate start = calendar.today();
        Map<String, String> form = new HashMap<>(Map.of("bodyId", Long.toString(board.id()), "email", newcomer.email(),
            "role", "DIRECTOR", "startsOn", start.toString(), "endsOn", start.plusYears(6).plusDays(1).toString()));

        HttpResponse<String> refused = setup.client().submit(bodiesPage(setup), "/entities/" + setup.entity().id() + "/mandates", form);
        assertThat(html(refused).select("#mandate-form [role=alert]").text()).contains("un mandat dure six ans au plus");

        form.put("endsOn", start.plusYears(6).toString());
        assertThat(setup.client().submit(bodiesPage(setup), "/entities/" + setup.entity().id() + "/mandates", form).statusCode()).isEqualTo(302);
        assertThat(mandates.isCurrentMember(newcomer.id(), board.id(), start)).isTrue();
    }

    @Test
    void leavingIsRefusedInFrenchWhenAScicWouldLoseACategoryOrAnSciItsSecondAssociate() {
        Setup scic = scicWithBoardMember();
        List<Associate> present = registers.associates(scic.entity().id());
        Associate employee = present.stream().filter(a -> a.category() == AssociateCategory.EMPLOYEE).findFirst().orElseThrow();
        HttpResponse<String> refused = scic.client().submit(registerPage(scic), "/entities/" + scic.entity().id() + "/exits",
            Map.of("associateId", Long.toString(employee.id()), "exitDate", calendar.today().toString(), "reason", "Départ"));
        assertThat(html(refused).select("[role=alert]").text()).contains("la SCIC n’aurait plus au moins trois catégories");

        LegalEntity sci = entity(LegalForm.SCI);
        Body management = entities.addBody(setup(), sci.id(), BodyKind.MANAGEMENT, "Gérance");
        Account manager = account("Gérante");
        mandates.appoint(setup(), management.entityId(), management.id(), manager.id(), null, MandateRole.MANAGER, calendar.today().minusYears(1), null);
        Associate first = registers.admit(setup(), sci.id(), Holder.person(manager.id()), null, null, calendar.today());
        registers.admit(setup(), sci.id(), Holder.organisation(organisation("Foncière solidaire")), null, null, calendar.today());
        HttpResponse<String> sciRefused = manager.client().submit("/entities/" + sci.id() + "/register", "/entities/" + sci.id() + "/exits",
            Map.of("associateId", Long.toString(first.id()), "exitDate", calendar.today().toString(), "reason", "Retrait"));
        assertThat(html(sciRefused).select("[role=alert]").text()).contains("la SCI aurait moins de deux associés");
    }

    @Test
    void aRedemptionThatWouldTakeCapitalBelowAQuarterWaitsWithItsReason() {
        Setup setup = scicWithBoardMember();
        Associate big = registers.associates(setup.entity().id()).get(0);
        registers.subscribe(setup(), big.entityId(), new Subscription(big.id(), 40, 40 * SHARE, calendar.today(), calendar.today()));
        // capital 60 shares, its highest; repaying 50 would leave 10, below a quarter (15)
        HttpResponse<String> waits = setup.client().submit(registerPage(setup), "/entities/" + setup.entity().id() + "/redemptions",
            Map.of("associateId", Long.toString(big.id()), "shares", "50", "requestedOn", calendar.today().toString()));
        assertThat(waits.statusCode()).isEqualTo(302);

        Document page = html(setup.client().get(registerPage(setup)));
        assertThat(page.text()).contains("Remboursements en attente", "le capital passerait sous le quart du capital le plus élevé jamais atteint");
    }

    @Test
    void theRegisterExportsHoldItsRowsAndAreForThoseWhoRunTheEntity() throws IOException {
        Setup setup = scicWithBoardMember();
        long id = setup.entity().id();

        HttpResponse<String> csv = setup.client().get("/entities/" + id + "/register.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.body()).contains("Titulaire;Type;Catégorie", "Associé salarié;une personne;Salariés", ";5;");

        HttpResponse<byte[]> pdf = setup.client().getBytes("/entities/" + id + "/register.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Registre des associés", setup.entity().name(), "Associé salarié", "Salariés", "Bénéficiaires (usagers)");
        }
        HttpResponse<byte[]> mandatesPdf = setup.client().getBytes("/entities/" + id + "/mandates.pdf");
        try (PDDocument document = Loader.loadPDF(mandatesPdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Liste des mandats", "Conseil coopératif", "administrateur·rice");
        }
        assertThat(setup.client().get("/entities/" + id + "/mandates.csv").body()).contains("Personne;Organisation représentée;Instance");

        Account outsider = account("Simple membre");
        assertThat(outsider.client().get("/entities/" + id + "/register.csv").statusCode()).isEqualTo(403);
        assertThat(outsider.client().get("/entities/" + id + "/register.pdf").statusCode()).isEqualTo(403);
    }

    @Test
    void theOverviewDrawsTheEntitiesAsServerSideSvgWithoutInlineStyles() {
        Account member = account("Curieuse");
        Document page = html(member.client().get("/entities"));

        assertThat(page.select("svg.entity-diagram-svg")).hasSize(1);
        assertThat(page.select("svg a")).extracting(a -> a.attr("href")).anyMatch(href -> href.startsWith("/entities/"));
        assertThat(page.select("[style], style, script:not([src])")).isEmpty();
        assertThat(page.select("ul.relations li").text()).contains("possède le bâtiment géré par");
        assertThat(html(member.client().get("/entities/who-holds-what")).select(".concentrated").text()).contains("Martine Delattre", "Bernard Lefort");
    }

    @Test
    void thoseWhoRunTheEntityAddBodiesAndCorrectItsDetailsWithFrenchFieldErrors() {
        Setup setup = scicWithBoardMember();
        long id = setup.entity().id();

        assertThat(setup.client().submit(bodiesPage(setup), "/entities/" + id + "/bodies",
            Map.of("kind", "CUSTOM", "name", "Commission travaux")).statusCode()).isEqualTo(302);
        assertThat(entities.bodies(id)).extracting(Body::name).contains("Commission travaux");

        HttpResponse<String> refused = setup.client().submit(page(setup), "/entities/" + id + "/details",
            Map.of("siren", "12345", "address", "1 place du Marché, Liévin", "fiscalYearEnd", "13-01", "shareNominal", "100"));
        Document document = html(refused);
        assertThat(document.select("#details-siren + .invalid-feedback").text()).isEqualTo("Le SIREN compte 9 chiffres.");
        assertThat(document.select("#details-year-end + .invalid-feedback").text()).contains("par exemple 12-31");
        assertThat(document.select("#details-address").val()).isEqualTo("1 place du Marché, Liévin");

        assertThat(setup.client().submit(page(setup), "/entities/" + id + "/details",
            Map.of("siren", "123456789", "address", "1 place du Marché, Liévin", "fiscalYearEnd", "06-30", "shareNominal", "100")).statusCode())
            .isEqualTo(302);
        assertThat(entities.get(id).siren()).isEqualTo("123456789");
        assertThat(entities.get(id).fiscalYearEnd()).isEqualTo("06-30");
    }

    @Test
    void anEntityHasThreePagesLinkedByTabsAndItsFormerRegisterLinksLeadToTheRegister() {
        Setup setup = scicWithBoardMember();
        String entity = page(setup);
        Map<String, String> tabs = Map.of(entity, "Identité et statuts", registerPage(setup), "Registre et mouvements",
            bodiesPage(setup), "Instances et mandats");
        tabs.forEach((path, tab) -> {
            Document shown = html(setup.client().get(path));
            assertThat(shown.select("nav.entity-tabs a").eachAttr("href")).containsExactly(entity, registerPage(setup), bodiesPage(setup));
            assertThat(shown.select("nav.entity-tabs a[aria-current=page]").text()).as(path).isEqualTo(tab);
            assertThat(shown.select("title").text()).as(path).startsWith(setup.entity().name() + " – " + tab);
            assertThat(shown.select("section.manage")).as("the forms of those who run it, on " + path).hasSize(1);
        });

        HttpResponse<String> former = setup.client().get(entity + "?at=2026-01-31");
        assertThat(former.statusCode()).isEqualTo(302);
        assertThat(former.headers().firstValue("Location")).get().asString().endsWith(registerPage(setup) + "?at=2026-01-31");
        assertThat(html(setup.client().get(registerPage(setup) + "?at=2026-01-31")).select("#at").val()).isEqualTo("2026-01-31");
    }

    @Test
    void theHolderAndTheChairSeeTheRenewalAlertOnTheirDashboard() {
        LocalDate today = calendar.today();
        LegalEntity scic = entity(LegalForm.SCIC_SAS);
        Body board = entities.addBody(setup(), scic.id(), BodyKind.BOARD, "Conseil coopératif");
        Account chair = account("Présidente");
        Account ending = account("Administrateur en fin de mandat");
        mandates.appoint(setup(), board.entityId(), board.id(), chair.id(), null, MandateRole.CHAIR, today.minusYears(1), today.plusYears(3));
        mandates.appoint(setup(), board.entityId(), board.id(), ending.id(), null, MandateRole.DIRECTOR, today.minusYears(5), today.plusDays(30));

        for (Account account : List.of(chair, ending)) {
            Document dashboard = html(account.client().get("/dashboard"));
            assertThat(dashboard.select("#governance-deadlines h2").text()).as("a heading that names deadlines, reviews included")
                .isEqualTo("Échéances de gouvernance");
            assertThat(dashboard.select("#governance-deadlines").text())
                .contains("Mandat à renouveler ou à remplacer : Administrateur en fin de mandat – Conseil coopératif");
        }
    }

    private record Account(long id, String email, WebClient client) {
    }

    private record Setup(LegalEntity entity, Account boardMember, WebClient client) {
    }

    /** A SCIC with a board, a board member signed in, and a register meeting the law: 20 shares, three categories. */
    private Setup scicWithBoardMember() {
        LocalDate today = calendar.today();
        LegalEntity scic = entity(LegalForm.SCIC_SAS);
        Body board = entities.addBody(setup(), scic.id(), BodyKind.BOARD, "Conseil coopératif");
        Account member = account("Membre du conseil");
        mandates.appoint(setup(), board.entityId(), board.id(), member.id(), null, MandateRole.DIRECTOR, today.minusMonths(1), today.plusYears(3));
        Associate beneficiary = registers.admit(setup(), scic.id(), Holder.organisation(organisation("Usagère")), AssociateCategory.BENEFICIARY, null, today);
        Associate employee = registers.admit(setup(), scic.id(), Holder.person(account("Associé salarié").id()), AssociateCategory.EMPLOYEE, null, today);
        Associate volunteer = registers.admit(setup(), scic.id(), Holder.person(member.id()), AssociateCategory.VOLUNTEER, null, today);
        for (Associate associate : List.of(beneficiary, employee, volunteer)) {
            int shares = associate == beneficiary ? 10 : 5;
            registers.subscribe(setup(), associate.entityId(), new Subscription(associate.id(), shares, shares * SHARE, today, today));
        }
        return new Setup(scic, member, member.client());
    }

    private static String page(Setup setup) {
        return "/entities/" + setup.entity().id();
    }

    private static String registerPage(Setup setup) {
        return page(setup) + "/register";
    }

    private static String bodiesPage(Setup setup) {
        return page(setup) + "/bodies";
    }

    private Map<String, String> subscription(long associateId, int shares) {
        String today = calendar.today().toString();
        return Map.of("associateId", Long.toString(associateId), "shares", Integer.toString(shares),
            "paidUp", Long.toString(shares * SHARE / 100), "subscribedOn", today, "paidOn", today);
    }

    private LegalEntity entity(LegalForm form) {
        return entities.create(setup(), new NewEntity("Essai " + form + " " + UUID.randomUUID(), form, null, null, "12-31",
            form.hasShares() ? SHARE : null));
    }

    private long organisation(String name) {
        return organisations.register(name + " " + UUID.randomUUID(), OrganisationStatus.MEMBER, Circle.SECOND).id();
    }

    private Account account(String name) {
        String email = "gov-" + UUID.randomUUID() + "@example.org";
        long id = accounts.createActivated(new Invitation(email, name, Language.FR, Set.of(Role.MEMBER)), PASSWORD).personId();
        WebClient client = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        assertThat(client.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
        return new Account(id, email, client);
    }

    /** The demo admin sets the test data up: every decision is recorded with the person who took it. */
    private Actor setup() {
        return new Actor(demo.id("admin@demo.toitcommun.coop"), true);
    }
}
