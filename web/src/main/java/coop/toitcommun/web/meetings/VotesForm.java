package coop.toitcommun.web.meetings;

import java.util.List;

/** The votes on a resolution, one row per ballot (college); a blank count is 0. */
record VotesForm(List<Integer> votesFor, List<Integer> against, List<Integer> abstain) {

    VotesForm {
        votesFor = votesFor == null ? List.of() : votesFor;
        against = against == null ? List.of() : against;
        abstain = abstain == null ? List.of() : abstain;
    }

    static int count(List<Integer> counts, int row) {
        return row < counts.size() && counts.get(row) != null ? counts.get(row) : 0;
    }
}
