package coop.toitcommun.web.governance;

import static coop.toitcommun.web.governance.EntityForms.changed;
import static coop.toitcommun.web.governance.EntityForms.done;
import static coop.toitcommun.web.governance.EntityPages.detailsPath;
import static coop.toitcommun.web.governance.GovernanceAccess.actor;

import java.util.List;
import java.util.Locale;

import coop.toitcommun.governance.CollegeWeight;
import coop.toitcommun.governance.Entities;
import coop.toitcommun.web.error.Forms;
import coop.toitcommun.web.security.SignedInPerson;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The statutes settings on the entity's first page: its SCIC colleges, each meeting's rule, the other settings. */
@Controller
class StatutesController {

    private final Entities entities;
    private final EntityPages pages;

    StatutesController(Entities entities, EntityPages pages) {
        this.entities = entities;
        this.pages = pages;
    }

    @PostMapping("/entities/{id}/colleges")
    String colleges(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                    @Valid @ModelAttribute("collegesForm") CollegesForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        List<CollegeWeight> weights = form.toWeights(result);
        if (!Forms.unreadable(result) && changed(result, locale, () -> entities.setColleges(actor(person), id, weights))) {
            return done(redirect, detailsPath(id), "governance.flash.colleges");
        }
        return pages.details(person, id, model);
    }

    @PostMapping("/entities/{id}/meeting-rules")
    String meetingRule(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                       @Valid @ModelAttribute("meetingRuleForm") MeetingRuleForm form, BindingResult result, Model model,
                       RedirectAttributes redirect) {
        if (!Forms.unreadable(result) && changed(result, locale, () -> entities.updateMeetingRule(actor(person), id, form.toRule()))) {
            return done(redirect, detailsPath(id), "governance.flash.settings");
        }
        return pages.details(person, id, model);
    }

    @PostMapping("/entities/{id}/settings")
    String settings(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Locale locale,
                    @Valid @ModelAttribute("settingsForm") SettingsForm form, BindingResult result, Model model,
                    RedirectAttributes redirect) {
        if (!Forms.unreadable(result) && changed(result, locale, () -> entities.updateSettings(actor(person), id, form.toSettings()))) {
            return done(redirect, detailsPath(id), "governance.flash.settings");
        }
        return pages.details(person, id, model);
    }
}
