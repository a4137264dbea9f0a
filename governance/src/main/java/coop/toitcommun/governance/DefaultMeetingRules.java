package coop.toitcommun.governance;

import java.math.BigDecimal;
import java.util.List;

/** Statutes defaults by legal form, from the rules of reference (the entity's statutes may set others). */
final class DefaultMeetingRules {

    private static final BigDecimal NONE = BigDecimal.ZERO;
    private static final BigDecimal FIFTH = new BigDecimal("20");
    private static final BigDecimal QUARTER = new BigDecimal("25");
    private static final BigDecimal HALF = new BigDecimal("50");

    private DefaultMeetingRules() {
    }

    static List<MeetingRule> of(LegalForm form) {
        if (form.isScic()) {
            // 15 days' notice on first call for SA, SAS (which usually copies SA) and SARL alike
            int notice = 15;
            return List.of(
                new MeetingRule(MeetingKind.BOARD, HALF, HALF, QuorumBasis.MEMBERS, Majority.SIMPLE, null, 8),
                new MeetingRule(MeetingKind.ORDINARY_GA, FIFTH, NONE, QuorumBasis.ASSOCIATES, Majority.SIMPLE, null, notice),
                new MeetingRule(MeetingKind.EXTRAORDINARY_GA, QUARTER, FIFTH, QuorumBasis.ASSOCIATES, Majority.TWO_THIRDS, null, notice));
        }
        if (form == LegalForm.SCI) {
            return List.of(
                new MeetingRule(MeetingKind.ORDINARY_GA, NONE, NONE, QuorumBasis.SHARES, Majority.UNANIMITY, null, 15),
                new MeetingRule(MeetingKind.EXTRAORDINARY_GA, NONE, NONE, QuorumBasis.SHARES, Majority.UNANIMITY, null, 15));
        }
        return List.of(
            new MeetingRule(MeetingKind.BOARD, HALF, NONE, QuorumBasis.MEMBERS, Majority.SIMPLE, null, 8),
            new MeetingRule(MeetingKind.ORDINARY_GA, QUARTER, NONE, QuorumBasis.MEMBERS, Majority.SIMPLE, null, 15),
            new MeetingRule(MeetingKind.EXTRAORDINARY_GA, QUARTER, NONE, QuorumBasis.MEMBERS, Majority.TWO_THIRDS, null, 15));
    }
}
