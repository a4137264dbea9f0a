package coop.toitcommun.web.admin;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Language;
import coop.toitcommun.web.FirstHouseWork;
import coop.toitcommun.web.WebSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh installation has nobody who may open the admin pages. While no admin can sign in, the address set in
 * {@code toitcommun.first-admin.email} gets an invitation with the admin role, whose link the log shows (and the
 * outbox emails once mail works); without that setting the log says how to get one. Nothing happens once an admin
 * has chosen a password, so the setting may stay.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after the demo data, which brings its own admin
class FirstAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final WebSettings settings;
    private final String email;
    private final String name;
    private final FirstHouseWork firstHouse;

    FirstAdmin(FirstHouseWork firstHouse, Accounts accounts, WebSettings settings, @Value("${toitcommun.first-admin.email:}") String email,
               @Value("${toitcommun.first-admin.name:Admin}") String name) {
        this.firstHouse = firstHouse;
        this.accounts = accounts;
        this.settings = settings;
        this.email = email.strip();
        this.name = name.isBlank() ? "Admin" : name.strip();
    }

    @Override
    public void run(ApplicationArguments args) {
        firstHouse.run(this::load);
    }

    private void load() {
        if (email.isEmpty()) {
            if (!accounts.anAdminCanSignIn()) {
                LOG.warn("Nobody can sign in as admin yet: set TOITCOMMUN_FIRST_ADMIN_EMAIL to the first admin's email "
                    + "address and start again; the log will show the link to choose a password (docs/operations.md)");
            }
            return;
        }
        accounts.inviteFirstAdmin(email, name, Language.FR).ifPresent(invitation -> LOG.warn(
            "First admin: {} chooses a password at {} (valid until {}; the link was also queued as an email)",
            invitation.email(), settings.link("/invitations/" + invitation.token()), invitation.expiresAt()));
    }
}
