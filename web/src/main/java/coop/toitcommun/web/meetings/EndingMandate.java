package coop.toitcommun.web.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A member of a body whose mandate ends on {@code endsOn} (included): a meeting on a later day does not convene them,
 * which the meeting form says, naming them.
 */
public record EndingMandate(String name, LocalDate endsOn) {

    /** Those whose mandate is over on {@code day}; none when no day is chosen yet. */
    static List<EndingMandate> before(List<EndingMandate> mandates, LocalDate day) {
        return day == null ? List.of() : mandates.stream().filter(m -> m.endsOn().isBefore(day)).toList();
    }

    static String names(List<EndingMandate> mandates) {
        return mandates.stream().map(EndingMandate::name).distinct().collect(Collectors.joining(", "));
    }
}
