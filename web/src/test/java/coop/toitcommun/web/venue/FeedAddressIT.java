package coop.toitcommun.web.venue;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import coop.toitcommun.web.support.TestAddresses;
import coop.toitcommun.web.support.WebClient;
import coop.toitcommun.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Without a configured base address, the feed addresses a member copies are those of the address they reached. */
@WebIntegrationTest
class FeedAddressIT {

    @LocalServerPort int port;

    @Test
    void feedAddressesComeFromTheRequestWhenNoBaseAddressIsSet() {
        WebClient member = new WebClient(port).header("X-Forwarded-For", TestAddresses.next());
        assertThat(member.signIn("membre@demo.toitcommun.coop", "demo-toit-commun").statusCode()).isEqualTo(302);

        String feed = html(member.get("/bookings")).select("#feed-person").val();

        assertThat(feed).matches("http://localhost:" + port + "/feeds/[^/]+\\.ics");
        assertThat(member.get(feed.substring(("http://localhost:" + port).length())).body()).startsWith("BEGIN:VCALENDAR");
    }
}
