package coop.toitcommun.web.governance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import coop.toitcommun.governance.GovernanceRuleException;
import coop.toitcommun.governance.RegisterException;
import coop.toitcommun.governance.RegisterException.Reason;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every form of an entity's pages does once read: ask the governance module for the change, and turn its
 * refusal (a rule of law, a register that says no) into the form's error, on the field it concerns when the form
 * has that field.
 */
final class EntityForms {

    /** The field of a form that each refusal concerns, and its message. */
    private static final Map<Reason, String[]> FIELDS = Map.ofEntries(
        Map.entry(Reason.UNKNOWN_ASSOCIATE, new String[] {"associateId", "governance.refused.UNKNOWN_ASSOCIATE"}),
        Map.entry(Reason.UNKNOWN_TRANSFEREE, new String[] {"toId", "governance.refused.UNKNOWN_ASSOCIATE"}),
        Map.entry(Reason.NOT_POSITIVE, new String[] {"shares", "governance.form.positive"}),
        Map.entry(Reason.PAID_UP_TOO_HIGH, new String[] {"paidUp", "governance.form.paidUpTooHigh"}),
        Map.entry(Reason.NOMINAL_REQUIRED, new String[] {"shareNominal", "governance.form.amount"}),
        Map.entry(Reason.CATEGORY_REQUIRED, new String[] {"category", "NotNull"}),
        Map.entry(Reason.UNKNOWN_COLLEGE, new String[] {"collegeId", "NotNull"}),
        Map.entry(Reason.CUSTOM_MAJORITY_NEEDS_PERCENT, new String[] {"majorityPct", "NotNull"}),
        Map.entry(Reason.SCIC_QUORUM_BY_SHARES, new String[] {"quorumBasis", "governance.form.scicQuorumByShares"}),
        Map.entry(Reason.BODY_EXISTS, new String[] {"name", "governance.form.bodyExists"}),
        Map.entry(Reason.UNKNOWN_BODY, new String[] {"bodyId", "NotNull"}),
        Map.entry(Reason.UNKNOWN_ENTITY, new String[] {"toId", "NotNull"}),
        Map.entry(Reason.ENDS_BEFORE_START, new String[] {"endsOn", "governance.form.endBeforeStart"}));

    private EntityForms() {
    }

    /**
     * Makes the change once the form has no error (the change is built only then, from complete values); a refusal
     * becomes the form's error and the method answers false.
     */
    static boolean changed(BindingResult result, Locale locale, Runnable change) {
        if (result.hasErrors()) {
            return false;
        }
        try {
            change.run();
            return true;
        } catch (GovernanceRuleException e) {
            RuleMessages.reject(result, e, locale);
        } catch (RegisterException e) {
            reject(result, e);
        }
        return false;
    }

    static void reject(BindingResult result, RegisterException e) {
        String[] field = FIELDS.get(e.reason());
        Object target = result.getTarget();
        if (field != null && hasField(target, field[0])) {
            result.rejectValue(field[0], field[1]);
        } else if (field != null && e.reason() == Reason.UNKNOWN_ASSOCIATE && target instanceof TransferForm) {
            result.rejectValue("fromId", field[1]);
        } else {
            result.reject("governance.refused." + e.reason());
        }
    }

    private static boolean hasField(Object form, String name) {
        return form != null && form.getClass().isRecord()
            && Arrays.stream(form.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(name));
    }

    /** Back to {@code page} (one of {@link EntityPages}' paths) with a message that the change was made. */
    static String done(RedirectAttributes redirect, String page, String message) {
        redirect.addFlashAttribute("flashSuccess", message);
        return "redirect:" + page;
    }
}
