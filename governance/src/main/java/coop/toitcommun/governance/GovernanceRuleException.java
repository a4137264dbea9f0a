package coop.toitcommun.governance;

import java.util.List;

/**
 * A change refused because it would break a rule of law. The web shows the message keyed
 * {@code governance.rule.<RULE>} with {@link #arguments()} and the article reference.
 */
public class GovernanceRuleException extends RuntimeException {

    private final Rule rule;
    private final String reference;
    private final List<String> arguments;

    public GovernanceRuleException(Rule rule, String reference, List<String> arguments) {
        super(rule + " " + arguments + " (" + reference + ")");
        this.rule = rule;
        this.reference = reference;
        this.arguments = List.copyOf(arguments);
    }

    public Rule rule() {
        return rule;
    }

    public String reference() {
        return reference;
    }

    public List<String> arguments() {
        return arguments;
    }
}
