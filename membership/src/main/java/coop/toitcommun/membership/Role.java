package coop.toitcommun.membership;

/** What an account may do in the house. Board rights are not roles: they come from current mandates. */
public enum Role {
    MEMBER, VOLUNTEER, EMPLOYEE, COFOUNDER, ADMIN
}
