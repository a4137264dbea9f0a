package coop.toitcommun.membership;

import java.util.List;

/** One page of the directory, how many organisations match in all, and the communes of the listed ones (for the filter). */
public record DirectoryResults(List<DirectoryEntry> entries, int total, int page, int pageSize, List<String> communes) {

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
