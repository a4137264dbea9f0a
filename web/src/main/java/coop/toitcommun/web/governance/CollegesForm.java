package coop.toitcommun.web.governance;

import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.governance.College;
import coop.toitcommun.web.input.Text;

/** The SCIC's colleges, edited together since their weights are checked together; blank rows are ignored. */
record CollegesForm(List<@Text(max = 100, column = "governance.college.name") String> names,
                    List<@Text(max = 10, column = Text.NOT_STORED) String> weights) {

    static final int ROWS = 6;

    /** Each name has its weight, even when a request sends fewer of them. */
    CollegesForm {
        names = names == null ? new ArrayList<>() : new ArrayList<>(names);
        weights = weights == null ? new ArrayList<>() : new ArrayList<>(weights);
        while (weights.size() < names.size()) {
            weights.add("");
        }
    }

    static CollegesForm of(List<College> colleges) {
        List<String> names = new ArrayList<>();
        List<String> weights = new ArrayList<>();
        for (College college : colleges) {
            names.add(college.name());
            weights.add(college.weightPct().stripTrailingZeros().toPlainString());
        }
        while (names.size() < ROWS) {
            names.add("");
            weights.add("");
        }
        return new CollegesForm(names, weights);
    }
}
