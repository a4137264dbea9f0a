package coop.toitcommun.web.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import coop.toitcommun.governance.GovernanceRuleException;
import coop.toitcommun.governance.Rule;
import org.springframework.validation.BindingResult;

/** Turns a refusal by law into the French (or English) message keyed {@code governance.rule.<RULE>}. */
final class RuleMessages {

    private RuleMessages() {
    }

    static void reject(BindingResult result, GovernanceRuleException e, Locale locale) {
        result.reject("governance.rule." + e.rule().name(), arguments(e, locale), e.rule().name());
    }

    static Object[] arguments(GovernanceRuleException e, Locale locale) {
        List<Object> arguments = new ArrayList<>();
        if (e.rule() == Rule.SCIC_PUBLIC_BODIES) {
            arguments.add(Money.euros(Long.parseLong(e.arguments().get(0)), locale));
            arguments.add(Money.euros(Long.parseLong(e.arguments().get(1)), locale));
        } else if (e.rule() != Rule.SCIC_MANDATE_SIX_YEARS) {
            arguments.addAll(e.arguments());
        }
        arguments.add(e.reference());
        return arguments.toArray();
    }
}
