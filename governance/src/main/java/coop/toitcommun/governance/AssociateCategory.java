package coop.toitcommun.governance;

/** SCIC categories of associates (distinct from colleges, which weigh votes). */
public enum AssociateCategory {
    EMPLOYEE, BENEFICIARY, VOLUNTEER, PRODUCER, PUBLIC_BODY, OTHER_SUPPORTER
}
