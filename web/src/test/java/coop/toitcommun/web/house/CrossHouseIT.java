package coop.toitcommun.web.house;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.membership.CurrentHouse;
import coop.toitcommun.membership.House;
import coop.toitcommun.membership.Houses;
import coop.toitcommun.web.support.DemoPeople;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The demo's two houses, Le Toit Commun (localhost) and Porte Mine (127.0.0.1), on one database: to a person of one
 * house, the other's rows do not exist. Every address of the application's controllers that names rows by id (from
 * Spring's request mappings) is asked with every id of every row of Porte Mine (read from the catalogue's tables):
 * wherever Porte Mine's own admin gets a page, Le Toit Commun's admin gets a 404. (Each table numbers its rows for all
 * houses, so an id that is a row of Porte Mine in the address's table is none of Le Toit Commun's.) One person, with
 * an account in each house, has other roles in each; a session belongs to its house.
 */
@WebIntegrationTest
class CrossHouseIT {

    private static final String PORTE_MINE = "127.0.0.1";
    private static final String TOIT_COMMUN_ADMIN = "admin@demo.toitcommun.coop";
    private static final String PORTE_MINE_ADMIN = "coordination@porte-mine.example.org";
    private static final String IN_BOTH_HOUSES = "cofondatrice@demo.toitcommun.coop";

    @LocalServerPort int port;
    @Autowired DemoPeople people;
    @Autowired Houses houses;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void toAPersonOfLeToitCommunEveryRowOfPorteMineIsARowThatDoesNotExist() {
        WebClient toitCommun = people.signedInInFrench(port, TOIT_COMMUN_ADMIN);
        WebClient porteMine = people.signedInAt(PORTE_MINE, port, PORTE_MINE_ADMIN);
        List<Long> ids = idsOfEveryRowOf(porteMine());
        List<PathPattern> addresses = addressesNamingRowsById();
        assertThat(ids).hasSizeGreaterThan(10);
        assertThat(addresses).hasSizeGreaterThan(30);

        List<String> pagesOfPorteMine = new ArrayList<>();
        for (PathPattern address : addresses) {
            for (long id : ids) {
                String path = path(address, id);
                if (porteMine.get(path).statusCode() == 200) {
                    pagesOfPorteMine.add(path);
                    assertThat(toitCommun.get(path).statusCode()).as("%s from Le Toit Commun", path).isEqualTo(404);
                }
            }
        }
        // the rooms, bookings, organisations, people and event of Porte Mine were found where they belong
        assertThat(pagesOfPorteMine).hasSizeGreaterThan(10)
            .anyMatch(path -> path.startsWith("/rooms/")).anyMatch(path -> path.startsWith("/bookings/"))
            .anyMatch(path -> path.startsWith("/organisations/")).anyMatch(path -> path.startsWith("/programme/"));
    }

    @Test
    void onePersonHasAnAccountInEachHouseWithOtherRoles() {
        WebClient atToitCommun = people.signedInInFrench(port, IN_BOTH_HOUSES);
        WebClient atPorteMine = people.signedInAt(PORTE_MINE, port, IN_BOTH_HOUSES);

        // a co-founder of Le Toit Commun reads its audit trail; at Porte Mine she is a member, who may not
        assertThat(atToitCommun.get("/audit").statusCode()).isEqualTo(200);
        assertThat(atPorteMine.get("/audit").statusCode()).isEqualTo(403);
        assertThat(WebClient.html(atPorteMine.get("/rooms")).text()).contains("Salle des mineurs").doesNotContain("Grande salle");
        assertThat(WebClient.html(atToitCommun.get("/rooms")).text()).contains("Grande salle").doesNotContain("Salle des mineurs");
    }

    @Test
    void eachHouseSpeaksOfItselfInItsPages() {
        WebClient atPorteMine = new WebClient(PORTE_MINE, port);
        WebClient atToitCommun = new WebClient(port);
        assertThat(WebClient.html(atPorteMine.get("/events")).select(".lead").text()).startsWith("Ce qui se passe à Porte Mine");
        assertThat(WebClient.html(atToitCommun.get("/events")).select(".lead").text()).startsWith("Ce qui se passe au Toit Commun");
        assertThat(WebClient.html(atPorteMine.get("/organisations")).select(".lead").text())
            .startsWith("Les structures membres de Porte Mine");
        assertThat(WebClient.html(atPorteMine.get("/events?lang=en")).select(".lead").text()).startsWith("What happens at Porte Mine");
        assertThat(WebClient.html(atPorteMine.get("/")).select("h1").text()).isEqualTo("Porte Mine");
    }

    @Test
    void aSessionOfOneHouseIsNoSessionInTheOther() {
        WebClient atToitCommun = people.signedInInFrench(port, TOIT_COMMUN_ADMIN);
        WebClient sameCookieAtPorteMine = new WebClient(PORTE_MINE, port);
        atToitCommun.cookies().forEach(cookie -> sameCookieAtPorteMine.header("Cookie", cookie.getName() + "=" + cookie.getValue()));

        assertThat(atToitCommun.get("/dashboard").statusCode()).isEqualTo(200);
        assertThat(sameCookieAtPorteMine.get("/dashboard").statusCode()).as("sent to the sign-in page").isEqualTo(302);
    }


    private long porteMine() {
        House house = houses.forHost(PORTE_MINE).orElseThrow();
        assertThat(house.name()).isEqualTo("Porte Mine");
        return house.id();
    }

    /** The ids of every row of the house, in every table of the application's schemas that has an id column. */
    private List<Long> idsOfEveryRowOf(long house) {
        List<String> tables = jdbc.sql("""
                SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'id' AND a.atttypid = 'bigint'::regtype
                 WHERE c.relkind = 'r' AND c.relrowsecurity AND n.nspname IN ('membership', 'governance', 'venue', 'web')
                 ORDER BY 1""").query(String.class).list();
        List<Long> ids = new ArrayList<>();
        CurrentHouse.run(house, () -> tables.forEach(table ->
            ids.addAll(jdbc.sql("SELECT id FROM " + table).query(Long.class).list())));
        return ids.stream().distinct().sorted().toList();
    }

    /** GET addresses of the application's controllers whose every path variable is a row's id. */
    private List<PathPattern> addressesNamingRowsById() {
        List<PathPattern> addresses = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                List<String> variables = variables(pattern);
                if (get && !variables.isEmpty() && variables.stream().allMatch(v -> v.equals("id") || v.endsWith("Id"))) {
                    addresses.add(pattern);
                }
            }
        }
        return addresses;
    }

    private static List<String> variables(PathPattern pattern) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(pattern.getPatternString());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String path(PathPattern address, long id) {
        return address.getPatternString().replaceAll("\\{\\w+}", Long.toString(id));
    }
}
