package coop.toitcommun.web.governance;

import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.governance.College;

/** The SCIC's colleges, edited together since their weights are checked together; blank rows are ignored. */
record CollegesForm(List<String> names, List<String> weights) {

    static final int ROWS = 6;

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
