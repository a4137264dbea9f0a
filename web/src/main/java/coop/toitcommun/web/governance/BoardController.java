package coop.toitcommun.web.governance;

import java.time.LocalDate;

import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.Deadline;
import coop.toitcommun.governance.Deadlines;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.governance.GovernanceNotFoundException;
import coop.toitcommun.governance.Mandates;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A body's board pages: its members and their mandates past and present, the body's deadlines; where the
 * meetings feature will prepare agendas. Open only to people holding a current mandate in the body today.
 */
@Controller
class BoardController {

    private final Entities entities;
    private final Mandates mandates;
    private final Deadlines deadlines;
    private final HouseClock calendar;
    private final GovernanceAccess access;

    BoardController(Entities entities, Mandates mandates, Deadlines deadlines, HouseClock calendar,
                    GovernanceAccess access) {
        this.entities = entities;
        this.mandates = mandates;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.access = access;
    }

    @GetMapping("/bodies/{id}/board")
    String board(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        Body body = entities.body(id).orElseThrow(() -> new GovernanceNotFoundException("body " + id));
        access.requireBoardMember(person, id);
        LocalDate today = calendar.today();
        model.addAttribute("body", body);
        model.addAttribute("entity", entities.get(body.entityId()));
        model.addAttribute("history", mandates.history(body.entityId()).stream().filter(m -> m.body().id() == id).toList());
        model.addAttribute("today", today);
        model.addAttribute("manages", access.canManage(person, body.entityId()));
        model.addAttribute("deadlines", deadlines.of(body.entityId(), today).stream()
            .filter(d -> d.kind() != Deadline.Kind.MANDATE_END || d.subject().endsWith(" – " + body.name())).toList());
        return "governance/board";
    }
}
