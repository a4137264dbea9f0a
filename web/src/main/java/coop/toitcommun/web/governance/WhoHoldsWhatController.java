package coop.toitcommun.web.governance;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.WhoHoldsWhat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Each person's current mandates across the three entities, flagging concentration. Open to every signed-in person. */
@Controller
class WhoHoldsWhatController {

    private final WhoHoldsWhat whoHoldsWhat;
    private final HouseClock calendar;

    WhoHoldsWhatController(WhoHoldsWhat whoHoldsWhat, HouseClock calendar) {
        this.whoHoldsWhat = whoHoldsWhat;
        this.calendar = calendar;
    }

    @GetMapping("/entities/who-holds-what")
    String page(Model model) {
        model.addAttribute("today", calendar.today());
        model.addAttribute("concentration", whoHoldsWhat.on(calendar.today()));
        return "governance/who-holds-what";
    }
}
