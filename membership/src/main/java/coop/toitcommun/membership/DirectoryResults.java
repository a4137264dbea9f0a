package coop.toitcommun.membership;

import java.util.List;

/** One page of the directory and how many organisations match in all. */
public record DirectoryResults(List<DirectoryEntry> entries, int total, int page, int pageSize) {

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
