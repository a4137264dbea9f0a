package coop.toitcommun.membership;

import java.util.ArrayList;
import java.util.List;

/**
 * A representative's signature: the typed full name and the ticked commitment to sign on behalf of the
 * organisation. Both are required.
 */
public record Signature(String typedName, boolean committed) {

    /** What is missing, all at once ({@code typedNameMissing}, {@code commitmentMissing}). */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (typedName == null || typedName.isBlank()) {
            problems.add("typedNameMissing");
        }
        if (!committed) {
            problems.add("commitmentMissing");
        }
        return problems;
    }
}
