package coop.toitcommun.venue;

import java.time.LocalDateTime;
import java.util.List;

/** Every occurrence of a wished series and why some cannot be booked (problem: a message key, or null). */
public record SeriesPreview(List<Occurrence> occurrences) {

    public record Occurrence(LocalDateTime start, LocalDateTime end, String problem) {
        public boolean free() {
            return problem == null;
        }
    }

    public long freeCount() {
        return occurrences.stream().filter(Occurrence::free).count();
    }
}
