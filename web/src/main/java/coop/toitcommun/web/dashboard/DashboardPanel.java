package coop.toitcommun.web.dashboard;

import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.ui.Model;

/**
 * One feature's part of the dashboard: it adds what the person needs now to the model, and the feature's
 * template fragment (included by {@code dashboard/index.html}) shows it.
 */
public interface DashboardPanel {

    void addTo(Model model, SignedInPerson person);
}
