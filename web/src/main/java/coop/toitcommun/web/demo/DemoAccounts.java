package coop.toitcommun.web.demo;

import java.util.List;
import java.util.Set;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Invitation;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.FirstHouseWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One account per role, for trying the application (the {@code demo} profile only, never in production).
 * Loaded once: nothing happens when the demo admin already exists.
 */
@Component
@Profile("demo")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-toit-commun";
    static final String ADMIN = "admin@demo.toitcommun.coop";

    static final List<Invitation> ACCOUNTS = List.of(
        new Invitation(ADMIN, "Alex Admin", Language.FR, Set.of(Role.ADMIN, Role.MEMBER)),
        new Invitation("cofondatrice@demo.toitcommun.coop", "Martine Delattre", Language.FR, Set.of(Role.COFOUNDER, Role.MEMBER)),
        new Invitation("cofondateur@demo.toitcommun.coop", "Bernard Lefort", Language.FR, Set.of(Role.COFOUNDER, Role.MEMBER)),
        new Invitation("salariee@demo.toitcommun.coop", "Sabrina Kaci", Language.FR, Set.of(Role.EMPLOYEE, Role.MEMBER)),
        new Invitation("benevole@demo.toitcommun.coop", "Jules Caron", Language.FR, Set.of(Role.VOLUNTEER, Role.MEMBER)),
        new Invitation("membre@demo.toitcommun.coop", "Nadia Benali", Language.FR, Set.of(Role.MEMBER)));

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final FirstHouseWork firstHouse;

    DemoAccounts(FirstHouseWork firstHouse, Accounts accounts) {
        this.firstHouse = firstHouse;
        this.accounts = accounts;
    }

    /** All or nothing: a first start interrupted while loading leaves no half-loaded demo behind. */
    @Override
    public void run(ApplicationArguments args) {
        firstHouse.inTransaction(this::load);
    }

    private void load() {
        if (accounts.credentials(ACCOUNTS.get(0).email()).isEmpty()) {
            ACCOUNTS.forEach(account -> accounts.createActivated(account, PASSWORD));
            LOG.info("Demo accounts created");
        }
        StringBuilder list = new StringBuilder("Demo accounts (password '" + PASSWORD + "'):");
        ACCOUNTS.forEach(account -> list.append("\n  ").append(account.email()).append("  ").append(account.roles()));
        LOG.info("{}", list);
    }
}
