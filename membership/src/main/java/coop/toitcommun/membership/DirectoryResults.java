package coop.toitcommun.membership;

import java.util.List;
import java.util.Map;

/**
 * One page of the directory, how many organisations match in all, the communes of the listed ones (for the filter),
 * and for members the contacts the page's organisations share with members, by organisation.
 */
public record DirectoryResults(List<DirectoryEntry> entries, int total, int page, int pageSize, List<String> communes,
                               Map<Long, List<Contact>> contacts) {

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
