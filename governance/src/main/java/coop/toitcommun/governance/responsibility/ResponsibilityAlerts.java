package coop.toitcommun.governance.responsibility;

import java.time.LocalDate;
import java.util.List;

/**
 * What a dashboard says of the responsibilities: passed reviews (the person's own, or all of them for those who
 * manage), and for those who manage, how many responsibilities have no backup and how many people hold too many.
 */
public record ResponsibilityAlerts(List<DueReview> reviews, int withoutBackup, int overloaded) {

    public static final ResponsibilityAlerts NONE = new ResponsibilityAlerts(List.of(), 0, 0);

    /** A responsibility whose review date has passed; {@code mine} when the person holds it. */
    public record DueReview(long id, String title, LocalDate reviewOn, boolean mine) {
    }

    /** The dependence view has something to show. */
    public boolean flagged() {
        return withoutBackup > 0 || overloaded > 0;
    }

    public boolean empty() {
        return reviews.isEmpty() && !flagged();
    }
}
