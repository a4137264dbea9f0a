package coop.toitcommun.web.governance;

import java.math.BigDecimal;

import coop.toitcommun.governance.Majority;
import coop.toitcommun.governance.MeetingKind;
import coop.toitcommun.governance.MeetingRule;
import coop.toitcommun.governance.QuorumBasis;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Quorum, majority and notice of one kind of meeting, as the statutes set them. */
record MeetingRuleForm(@NotNull MeetingKind kind,
                       @NotNull @DecimalMin(value = "0", message = "{governance.form.percent}") @DecimalMax(value = "100", message = "{governance.form.percent}") BigDecimal quorumFirstPct,
                       @NotNull @DecimalMin(value = "0", message = "{governance.form.percent}") @DecimalMax(value = "100", message = "{governance.form.percent}") BigDecimal quorumSecondPct,
                       @NotNull QuorumBasis quorumBasis, @NotNull Majority majority,
                       @DecimalMin(value = "0.01", message = "{governance.form.percent}") @DecimalMax(value = "100", message = "{governance.form.percent}") BigDecimal majorityPct,
                       @NotNull @Min(value = 0, message = "{governance.form.days}") @Max(value = 365, message = "{governance.form.days}") Integer noticeDays) {

    static MeetingRuleForm of(MeetingRule rule) {
        return new MeetingRuleForm(rule.kind(), rule.quorumFirstPct(), rule.quorumSecondPct(), rule.quorumBasis(), rule.majority(),
            rule.majorityPct(), rule.noticeDays());
    }

    MeetingRule toRule() {
        return new MeetingRule(kind, quorumFirstPct, quorumSecondPct, quorumBasis, majority,
            majority == Majority.CUSTOM ? majorityPct : null, noticeDays);
    }
}
