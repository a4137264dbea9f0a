package coop.toitcommun.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.People;
import org.springframework.boot.test.context.TestComponent;

/**
 * The demo's people as tests use them: their ids, and an HTTP client signed in as one of them, from an address of
 * its own (so that no sign-in throttle is shared), reading the pages in French (other tests switch the shared demo
 * accounts' language).
 */
@TestComponent
public class DemoPeople {

    public static final String PASSWORD = "demo-toit-commun";

    private final Accounts accounts;
    private final People people;

    DemoPeople(Accounts accounts, People people) {
        this.accounts = accounts;
        this.people = people;
    }

    public long id(String email) {
        return people.findByEmail(email).orElseThrow().id();
    }

    /** Signed in at the house of {@code host} (Porte Mine's 127.0.0.1, for one), with its account there. */
    public WebClient signedInAt(String host, int port, String email) {
        WebClient client = new WebClient(host, port).header("X-Forwarded-For", TestAddresses.next());
        assertThat(client.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }

    public WebClient signedInInFrench(int port, String email) {
        accounts.changeLanguage(id(email), Language.FR);
        WebClient client = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        assertThat(client.signIn(email, PASSWORD).statusCode()).isEqualTo(302);
        return client;
    }
}
