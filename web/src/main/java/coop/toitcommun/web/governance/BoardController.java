package coop.toitcommun.web.governance;

import static coop.toitcommun.web.governance.GovernanceAccess.actor;

import java.time.LocalDate;

import coop.toitcommun.governance.Board;
import coop.toitcommun.governance.Boards;
import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A body's board pages: its members and their mandates past and present, the body's deadlines. Governance opens them
 * only to people holding a current mandate in the body today.
 */
@Controller
class BoardController {

    private final Boards boards;
    private final HouseClock calendar;
    private final GovernanceAccess access;

    BoardController(Boards boards, HouseClock calendar, GovernanceAccess access) {
        this.boards = boards;
        this.calendar = calendar;
        this.access = access;
    }

    @GetMapping("/bodies/{id}/board")
    String board(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        LocalDate today = calendar.today();
        Board board = boards.of(actor(person), id, today);
        model.addAttribute("body", board.body());
        model.addAttribute("entity", board.entity());
        model.addAttribute("history", board.history());
        model.addAttribute("today", today);
        model.addAttribute("manages", access.canManage(person, board.entity().id()));
        model.addAttribute("deadlines", board.deadlines());
        return "governance/board";
    }
}
