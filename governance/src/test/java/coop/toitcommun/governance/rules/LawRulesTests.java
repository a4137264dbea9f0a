package coop.toitcommun.governance.rules;

import static coop.toitcommun.governance.AssociateCategory.BENEFICIARY;
import static coop.toitcommun.governance.AssociateCategory.EMPLOYEE;
import static coop.toitcommun.governance.AssociateCategory.PRODUCER;
import static coop.toitcommun.governance.AssociateCategory.PUBLIC_BODY;
import static coop.toitcommun.governance.AssociateCategory.VOLUNTEER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class LawRulesTests {

    @Test
    void aScicNeedsThreeCategoriesWithBeneficiariesAndEmployeesOrProducers() {
        assertThat(LawRules.scicCategoriesMet(List.of(EMPLOYEE, BENEFICIARY, VOLUNTEER, BENEFICIARY))).isTrue();
        assertThat(LawRules.scicCategoriesMet(List.of(PRODUCER, BENEFICIARY, PUBLIC_BODY))).isTrue();
        assertThat(LawRules.scicCategoriesMet(List.of(EMPLOYEE, BENEFICIARY))).as("two categories").isFalse();
        assertThat(LawRules.scicCategoriesMet(List.of(EMPLOYEE, VOLUNTEER, PUBLIC_BODY))).as("no beneficiary").isFalse();
        assertThat(LawRules.scicCategoriesMet(List.of(BENEFICIARY, VOLUNTEER, PUBLIC_BODY))).as("neither employees nor producers").isFalse();
        assertThat(LawRules.scicCategoriesMet(List.of())).isFalse();
    }

    @Test
    void publicBodiesMayHoldHalfTheCapitalButNoMore() {
        assertThat(LawRules.publicBodiesWithinHalf(50_000, 100_000)).isTrue();
        assertThat(LawRules.publicBodiesWithinHalf(50_001, 100_000)).isFalse();
    }

    @Test
    void capitalMayNotFallBelowAQuarterOfItsHighest() {
        assertThat(LawRules.capitalAboveQuarter(25_000, 100_000)).isTrue();
        assertThat(LawRules.capitalAboveQuarter(24_999, 100_000)).isFalse();
    }

    @Test
    void collegesWeighTenToFiftyPercentAndSumToAHundred() {
        assertThat(LawRules.collegeWeightsValid(List.of(pct("50"), pct("30"), pct("20")))).isTrue();
        assertThat(LawRules.collegeWeightsValid(List.of(pct("33.34"), pct("33.33"), pct("33.33")))).isTrue();
        assertThat(LawRules.collegeWeightsValid(List.of())).as("colleges are optional").isTrue();
        assertThat(LawRules.collegeWeightsValid(List.of(pct("60"), pct("40")))).as("above 50 %").isFalse();
        assertThat(LawRules.collegeWeightsValid(List.of(pct("5"), pct("50"), pct("45")))).as("below 10 %").isFalse();
        assertThat(LawRules.collegeWeightsValid(List.of(pct("40"), pct("40"), pct("10")))).as("sums to 90 %").isFalse();
        assertThat(LawRules.collegeWeightsValid(List.of(pct("100")))).as("a single college").isFalse();
    }

    @Test
    void anSciKeepsTwoAssociates() {
        assertThat(LawRules.sciAssociatesMet(2)).isTrue();
        assertThat(LawRules.sciAssociatesMet(1)).isFalse();
    }

    @Test
    void aScicMandateLastsSixYearsAtMostAndHasAnEnd() {
        LocalDate start = LocalDate.of(2024, 6, 15);
        assertThat(LawRules.scicMandateLengthValid(start, LocalDate.of(2030, 6, 15))).isTrue();
        assertThat(LawRules.scicMandateLengthValid(start, LocalDate.of(2030, 6, 16))).isFalse();
        assertThat(LawRules.scicMandateLengthValid(start, null)).isFalse();
    }

    @Test
    void capitalHistoryGivesCapitalAtADateAndItsHighest() {
        CapitalHistory history = new CapitalHistory(List.of(
            new CapitalHistory.Change(LocalDate.of(2025, 3, 1), 2, -30_000),
            new CapitalHistory.Change(LocalDate.of(2024, 1, 1), 1, 100_000),
            new CapitalHistory.Change(LocalDate.of(2025, 6, 1), 3, 10_000)));

        assertThat(history.at(LocalDate.of(2023, 12, 31))).isZero();
        assertThat(history.at(LocalDate.of(2025, 3, 1))).isEqualTo(70_000);
        assertThat(history.latest()).isEqualTo(80_000);
        assertThat(history.highestEver()).isEqualTo(100_000);
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }
}
