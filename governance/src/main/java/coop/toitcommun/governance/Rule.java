package coop.toitcommun.governance;

/**
 * Rules fixed by law, which no setting switches off. Their article references are data
 * ({@code governance.legal_reference}), keyed by these names.
 */
public enum Rule {
    SCIC_CATEGORIES, SCIC_PUBLIC_BODIES, CAPITAL_QUARTER, COLLEGE_WEIGHTS, SCI_TWO_ASSOCIATES, SCIC_MANDATE_SIX_YEARS,
    COOPERATIVE_REVISION, PREFECTURE_DECLARATION
}
