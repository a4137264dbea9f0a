package coop.toitcommun.governance.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import coop.toitcommun.governance.AssociateCategory;

/** The rules of law as plain functions: the services apply them inside a transaction holding the entity's lock. */
public final class LawRules {

    private static final BigDecimal MIN_COLLEGE = BigDecimal.TEN;
    private static final BigDecimal MAX_COLLEGE = BigDecimal.valueOf(50);
    private static final BigDecimal ALL = BigDecimal.valueOf(100);

    private LawRules() {
    }

    /** SCIC: at least three categories, including beneficiaries, and employees (or producers where there are no employees). */
    public static boolean scicCategoriesMet(Collection<AssociateCategory> categoriesOfAssociates) {
        Set<AssociateCategory> present = categoriesOfAssociates.isEmpty() ? EnumSet.noneOf(AssociateCategory.class)
            : EnumSet.copyOf(categoriesOfAssociates);
        boolean employees = present.contains(AssociateCategory.EMPLOYEE);
        return present.size() >= 3 && present.contains(AssociateCategory.BENEFICIARY)
            && (employees || present.contains(AssociateCategory.PRODUCER));
    }

    /** SCIC: public bodies together hold at most half of the capital. */
    public static boolean publicBodiesWithinHalf(long publicBodiesCents, long capitalCents) {
        return publicBodiesCents * 2 <= capitalCents;
    }

    /** Cooperative: capital may not fall below a quarter of the highest capital ever reached. */
    public static boolean capitalAboveQuarter(long capitalAfterCents, long highestCents) {
        return capitalAfterCents * 4 >= highestCents;
    }

    /** SCIC colleges: each weighs between 10 % and 50 %, together 100 %. No college at all is allowed (they are optional). */
    public static boolean collegeWeightsValid(List<BigDecimal> weights) {
        if (weights.isEmpty()) {
            return true;
        }
        boolean eachInRange = weights.stream().allMatch(w -> w.compareTo(MIN_COLLEGE) >= 0 && w.compareTo(MAX_COLLEGE) <= 0);
        return eachInRange && weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(ALL) == 0;
    }

    /** SCI: at least two associates. */
    public static boolean sciAssociatesMet(int associates) {
        return associates >= 2;
    }

    /** SCIC directors and managers: appointed for six years at most, so never without an end. */
    public static boolean scicMandateLengthValid(LocalDate startsOn, LocalDate endsOn) {
        return endsOn != null && !endsOn.isAfter(startsOn.plusYears(6));
    }
}
