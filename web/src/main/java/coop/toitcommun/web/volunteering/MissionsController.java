package coop.toitcommun.web.volunteering;

import static coop.toitcommun.web.volunteering.VolunteeringRefusals.actor;

import coop.toitcommun.membership.HouseClock;
import coop.toitcommun.venue.volunteering.MissionView;
import coop.toitcommun.venue.volunteering.Missions;
import coop.toitcommun.venue.volunteering.Shifts;
import coop.toitcommun.venue.volunteering.VolunteeringActor;
import coop.toitcommun.venue.volunteering.VolunteeringRefusedException;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Missions: everyone who volunteers reads them and their coming shifts; coordinators create, change and plan them. */
@Controller
class MissionsController {

    private final Missions missions;
    private final Shifts shifts;
    private final HouseClock time;
    private final VolunteeringRefusals refusals;

    MissionsController(Missions missions, Shifts shifts, HouseClock time, VolunteeringRefusals refusals) {
        this.missions = missions;
        this.shifts = shifts;
        this.time = time;
        this.refusals = refusals;
    }

    @GetMapping("/volunteering/missions")
    String list(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("actor", actor(person));
        model.addAttribute("missions", missions.all());
        return "volunteering/missions";
    }

    @GetMapping("/volunteering/missions/new")
    String form(@AuthenticationPrincipal SignedInPerson person, Model model) {
        missions.checkMayCreate(actor(person));
        model.addAttribute("missionForm", MissionForm.empty());
        model.addAttribute("existing", null);
        return "volunteering/mission-form";
    }

    @PostMapping("/volunteering/missions")
    String create(@AuthenticationPrincipal SignedInPerson person, @Valid @ModelAttribute("missionForm") MissionForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        VolunteeringActor actor = actor(person);
        if (!result.hasErrors()) {
            try {
                MissionView mission = missions.create(form.toCommand(actor));
                redirect.addFlashAttribute("flashSuccess", "volunteering.flash.missionSaved");
                return "redirect:/volunteering/missions/" + mission.id();
            } catch (VolunteeringRefusedException e) {
                refuse(e, model, response);
            }
        }
        model.addAttribute("existing", null);
        return "volunteering/mission-form";
    }

    @GetMapping("/volunteering/missions/{id}")
    String show(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("shiftForm", ShiftForm.prefilled(time.localNow().toLocalDate().plusDays(7)));
        return missionPage(person, id, page, model);
    }

    @GetMapping("/volunteering/missions/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        MissionView mission = missions.forEditing(actor(person), id);
        model.addAttribute("missionForm", MissionForm.of(mission));
        model.addAttribute("existing", mission);
        return "volunteering/mission-form";
    }

    @PostMapping("/volunteering/missions/{id}")
    String change(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                  @Valid @ModelAttribute("missionForm") MissionForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        VolunteeringActor actor = actor(person);
        MissionView mission = missions.get(id);
        if (!result.hasErrors()) {
            try {
                missions.change(id, form.toCommand(actor));
                redirect.addFlashAttribute("flashSuccess", "volunteering.flash.missionSaved");
                return "redirect:/volunteering/missions/" + id;
            } catch (VolunteeringRefusedException e) {
                refuse(e, model, response);
            }
        }
        model.addAttribute("existing", mission);
        return "volunteering/mission-form";
    }

    @PostMapping("/volunteering/missions/{id}/shifts")
    String plan(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id,
                @Valid @ModelAttribute("shiftForm") ShiftForm form, BindingResult result, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        VolunteeringActor actor = actor(person);
        missions.get(id);
        if (!result.hasErrors() && form.repeat() == ShiftForm.Repeat.WEEKLY && form.until() == null) {
            result.rejectValue("until", "volunteering.form.untilRequired");
        }
        if (!result.hasErrors()) {
            try {
                int created = shifts.plan(id, form.toPlan(actor));
                redirect.addFlashAttribute("flashSuccess", "volunteering.flash.planned");
                redirect.addFlashAttribute("flashArgument", created);
                return "redirect:/volunteering/missions/" + id;
            } catch (VolunteeringRefusedException e) {
                refuse(e, model, response);
            }
        } else {
            response.setStatus(422);
        }
        return missionPage(person, id, 0, model);
    }

    private String missionPage(SignedInPerson person, long id, int page, Model model) {
        VolunteeringActor actor = actor(person);
        model.addAttribute("actor", actor);
        model.addAttribute("mission", missions.get(id));
        model.addAttribute("shifts", shifts.coming(actor, id, PageRequest.of(Math.max(page, 0), VolunteeringController.PAGE_SIZE)));
        return "volunteering/mission";
    }

    private void refuse(VolunteeringRefusedException e, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("refusal", refusals.text(e));
    }
}
