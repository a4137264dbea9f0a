package coop.toitcommun.venue.volunteering;

import java.util.List;

/**
 * The load of the house's volunteers, most loaded first, the totals over 4 and 12 weeks, and what the busiest few
 * ({@link #BUSIEST}) carry of them.
 */
public record LoadReport(List<PersonLoad> people, long total4, long total12, OverloadSettings settings) {

    public static final int BUSIEST = 3;

    public int busiest() {
        return BUSIEST;
    }

    public List<PersonLoad> overloaded() {
        return people.stream().filter(PersonLoad::overloaded).toList();
    }

    /** The busiest few's share of the last 4 weeks' hours, in percent (0 without hours). */
    public int busiestShare4() {
        return share(people.stream().map(PersonLoad::minutes4).sorted(java.util.Comparator.reverseOrder())
            .limit(BUSIEST).mapToLong(Long::longValue).sum(), total4);
    }

    /** The same over 12 weeks. */
    public int busiestShare12() {
        return share(people.stream().map(PersonLoad::minutes12).sorted(java.util.Comparator.reverseOrder())
            .limit(BUSIEST).mapToLong(Long::longValue).sum(), total12);
    }

    private static int share(long part, long total) {
        return total == 0 ? 0 : (int) Math.round(part * 100.0 / total);
    }
}
