package coop.toitcommun.web.admin;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.Role;
import coop.toitcommun.web.dashboard.DashboardPanel;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Admins see the invitations still waiting for a password. */
@Component
class AccountsDashboardPanel implements DashboardPanel {

    private final Accounts accounts;

    AccountsDashboardPanel(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addTo(Model model, SignedInPerson person) {
        if (person.has(Role.ADMIN)) {
            model.addAttribute("pendingInvitations", accounts.pendingInvitations());
        }
    }
}
