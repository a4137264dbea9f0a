package coop.toitcommun.membership;

/**
 * Whether a person holds a mandate today. Governance answers (it keeps the mandates and may use membership, not the
 * other way round); without governance, nobody does.
 */
public interface MandateHolders {

    boolean holdsAMandateToday(long personId);
}
