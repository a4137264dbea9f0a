package coop.toitcommun.web.governance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import coop.toitcommun.governance.College;
import coop.toitcommun.governance.CollegeWeight;
import coop.toitcommun.web.input.Text;
import org.springframework.validation.BindingResult;

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

    /** The rows that were filled in, as weights; a row with a name but no readable weight (or the reverse) is an error. */
    List<CollegeWeight> toWeights(BindingResult result) {
        List<CollegeWeight> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).trim();
            String weight = weights.get(i);
            if (name.isEmpty() && (weight == null || weight.isBlank())) {
                continue;
            }
            Long hundredths = Money.parseCents(weight);
            if (name.isEmpty() || hundredths == null) {
                result.reject("governance.form.collegeRow");
                return List.of();
            }
            rows.add(new CollegeWeight(name, BigDecimal.valueOf(hundredths, 2)));
        }
        return rows;
    }
}
