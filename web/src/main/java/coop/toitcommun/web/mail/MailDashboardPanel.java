package coop.toitcommun.web.mail;

import coop.toitcommun.membership.Role;
import coop.toitcommun.web.dashboard.DashboardPanel;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Admins see how many emails could not be sent, with the way to the page that sends them again. */
@Component
class MailDashboardPanel implements DashboardPanel {

    private final MailOutbox outbox;

    MailDashboardPanel(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void addTo(Model model, SignedInPerson person) {
        if (person.has(Role.ADMIN)) {
            model.addAttribute("failedMails", outbox.failedCount());
        }
    }
}
