package coop.toitcommun.membership;

/**
 * What a visitor looks for in the directory: words of a name or a commune (case and accents ignored), a circle, an
 * ESS status, a commune; any of them may be null. {@code page} counts from 1.
 */
public record DirectorySearch(String text, Circle circle, EssStatus essStatus, String commune, int page) {

    public static final int PAGE_SIZE = 50;

    public DirectorySearch {
        text = text == null || text.isBlank() ? null : text.trim();
        commune = commune == null || commune.isBlank() ? null : commune.trim();
        page = Math.max(1, page);
    }

    /** Whether anything narrows the search: otherwise it lists every listed member. */
    public boolean filtered() {
        return text != null || circle != null || essStatus != null || commune != null;
    }
}
