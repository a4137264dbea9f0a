package coop.toitcommun.web.responsibility;

import java.util.function.LongFunction;

import coop.toitcommun.governance.responsibility.HouseActor;
import coop.toitcommun.governance.responsibility.Responsibilities;
import coop.toitcommun.governance.responsibility.Responsibility;
import coop.toitcommun.governance.responsibility.ResponsibilityException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register's refusals, each on the field it concerns, in the reader's language. */
@Component
class ResponsibilityRefusals {

    private static final String PREFIX = "responsibilities.refused.";

    private final Responsibilities responsibilities;

    ResponsibilityRefusals(Responsibilities responsibilities) {
        this.responsibilities = responsibilities;
    }

    /**
     * Puts the refusal on the form shown again, and returns null; or, when the responsibility was archived meanwhile,
     * where to go instead. When someone else changed it meanwhile, what was typed is shown again at the version just
     * read ({@code atVersion}), so that saving once more, after a look, is a decision rather than a refusal without end.
     */
    String show(ResponsibilityException refusal, HouseActor actor, long id, String formName, LongFunction<Object> atVersion,
                BindingResult result, Model model, RedirectAttributes redirect) {
        String code = PREFIX + refusal.reason();
        switch (refusal.reason()) {
            case TITLE_TAKEN, SECRET_IN_TITLE -> result.rejectValue("title", code);
            case SECRET_IN_NOTE -> result.rejectValue("handoverNote", code);
            case SECRET_IN_HANDOVER -> result.rejectValue("note", code);
            case SAME_HOLDER -> result.rejectValue("holder", code);
            case UNKNOWN_PERSON -> result.reject(code);
            case CHANGED_MEANWHILE -> {
                Responsibility now = responsibilities.get(actor, id);
                if (now.archived()) {
                    redirect.addFlashAttribute("flashError", PREFIX + "ARCHIVED");
                    return "redirect:/responsibilities/" + id;
                }
                Object typed = atVersion.apply(now.version());
                DirectFieldBindingResult again = new DirectFieldBindingResult(typed, formName);
                again.reject(code);
                model.addAttribute(formName, typed);
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, again);
            }
        }
        return null;
    }

    /** A refusal of a new responsibility: nothing was there before it to have changed. */
    static void show(ResponsibilityException refusal, BindingResult result) {
        String code = PREFIX + refusal.reason();
        switch (refusal.reason()) {
            case TITLE_TAKEN, SECRET_IN_TITLE -> result.rejectValue("title", code);
            case SECRET_IN_NOTE -> result.rejectValue("handoverNote", code);
            default -> result.reject(code);
        }
    }
}
