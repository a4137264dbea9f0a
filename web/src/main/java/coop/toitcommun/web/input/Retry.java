package coop.toitcommun.web.input;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form refused before its controller saw it, sent back to its page: what was typed in it, so that the page
 * puts it back into the form that posts to {@code action} ({@code ${retry?.value(action, 'reason')}}).
 * Passwords are never kept.
 */
public record Retry(String action, Map<String, String> typed) implements Serializable {

    static Retry of(String action, Map<String, String[]> parameters) {
        Map<String, String> typed = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!name.startsWith("_") && !name.toLowerCase().contains("password") && values.length > 0) {
                typed.put(name, values[0]);
            }
        });
        return new Retry(action, typed);
    }

    /** What was typed in {@code field} of the form posting to {@code formAction}; null for any other form. */
    public String value(String formAction, String field) {
        return action.equals(formAction) ? typed.get(field) : null;
    }
}
