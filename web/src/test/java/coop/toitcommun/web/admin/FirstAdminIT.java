package coop.toitcommun.web.admin;

import static coop.toitcommun.web.support.WebClient.html;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import coop.toitcommun.ToitCommunApplication;
import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Language;
import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.TestDatabase;
import coop.toitcommun.web.support.TestMailServer;
import coop.toitcommun.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A house installed from the jar on an empty database, without the demo: the log gives the first admin's link,
 * which lets them choose a password and open the admin pages; once an admin can sign in, no further invitation is
 * made.
 */
@ExtendWith({OutputCaptureExtension.class, FirstHouse.class})
class FirstAdminIT {

    private static final Pattern LINK = Pattern.compile("First admin: premiere@maison\\.example chooses a password at "
        + "http://localhost:\\d+(/invitations/[A-Za-z0-9_-]+)");

    @Test
    void theLogGivesTheFirstAdminALinkToChooseTheirPassword(CapturedOutput output) {
        TestDatabase.Connection database = TestDatabase.freshDatabase();
        try (ConfigurableApplicationContext house = new SpringApplicationBuilder(ToitCommunApplication.class).run(
            "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
            "--spring.datasource.password=" + database.password(), "--spring.flyway.user=" + database.ownerUsername(),
            "--spring.flyway.password=" + database.ownerPassword(), "--server.port=0", "--spring.main.banner-mode=off",
            "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestMailServer.get().getSmtp().getPort(),
            "--toitcommun.first-admin.email=premiere@maison.example", "--toitcommun.first-admin.name=Claire Première")) {
            Matcher link = LINK.matcher(output.getOut());
            assertThat(link.find()).as("the log line with the link: %s", output.getOut()).isTrue();
            WebClient installer = new WebClient(((WebServerApplicationContext) house).getWebServer().getPort());

            assertThat(installer.submit(link.group(1), link.group(1),
                Map.of("password", "une phrase de passe solide", "confirmation", "une phrase de passe solide")).statusCode())
                .isEqualTo(302);
            assertThat(installer.signIn("premiere@maison.example", "une phrase de passe solide").statusCode()).isEqualTo(302);
            assertThat(html(installer.get("/admin/accounts")).text()).contains("Claire Première");

            assertThat(house.getBean(Accounts.class).inviteFirstAdmin("premiere@maison.example", "Claire Première",
                Language.FR)).as("no new invitation once an admin can sign in").isEmpty();
        }
    }
}
