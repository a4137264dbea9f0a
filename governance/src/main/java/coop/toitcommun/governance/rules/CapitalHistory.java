package coop.toitcommun.governance.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Capital as the running sum of dated changes (cents), kept in the order they happened. */
public final class CapitalHistory {

    /** A change of capital on a date; {@code order} breaks ties between changes of the same day. */
    public record Change(LocalDate on, long order, long deltaCents) {
    }

    private final List<Change> changes;

    public CapitalHistory(List<Change> changes) {
        this.changes = changes.stream()
            .sorted(Comparator.comparing(Change::on).thenComparingLong(Change::order)).toList();
    }

    public long at(LocalDate date) {
        return changes.stream().filter(c -> !c.on().isAfter(date)).mapToLong(Change::deltaCents).sum();
    }

    public long latest() {
        return changes.stream().mapToLong(Change::deltaCents).sum();
    }

    public long highestEver() {
        long running = 0;
        long highest = 0;
        for (Change change : changes) {
            running += change.deltaCents();
            highest = Math.max(highest, running);
        }
        return highest;
    }
}
