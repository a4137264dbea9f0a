package coop.toitcommun.web.meetings;

import java.util.Map;
import java.util.stream.Collectors;

import coop.toitcommun.governance.Body;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.governance.Meetings;
import coop.toitcommun.web.security.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The list of one's meetings: those to prepare, those one is convened to, and the bodies one may plan in. */
@Controller
class MeetingListController {

    private final Meetings meetings;
    private final Entities entities;

    MeetingListController(Meetings meetings, Entities entities) {
        this.meetings = meetings;
        this.entities = entities;
    }

    @GetMapping("/meetings")
    String list(@AuthenticationPrincipal SignedInPerson person, Model model) {
        long me = person.getPersonId();
        model.addAttribute("toPrepare", meetings.toPrepare(me));
        model.addAttribute("convened", meetings.convenedTo(me));
        model.addAttribute("plannable", meetings.plannableBodies(me));
        model.addAttribute("entities", entities.all());
        Map<Long, Body> bodies = entities.allBodies().stream().collect(Collectors.toMap(Body::id, b -> b));
        model.addAttribute("bodies", bodies);
        return "meetings/list";
    }
}
