package coop.toitcommun.membership;

/** What other modules need to know of a person, with or without an account. */
public record PersonRef(long id, String displayName, String email) {
}
