package coop.toitcommun.web.dashboard;

import java.util.List;

import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What a person needs now: each feature contributes its panel. The panels read in one read-only transaction, so
 * that what several of them need (the person's organisations, say) is read once.
 */
@Controller
class DashboardController {

    private final List<DashboardPanel> panels;
    private final TransactionTemplate readOnly;

    DashboardController(List<DashboardPanel> panels, PlatformTransactionManager transactions) {
        this.panels = panels;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("account", person);
        readOnly.executeWithoutResult(status -> panels.forEach(panel -> panel.addTo(model, person)));
        return "dashboard/index";
    }
}
