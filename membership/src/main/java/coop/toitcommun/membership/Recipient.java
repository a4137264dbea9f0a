package coop.toitcommun.membership;

/** Someone an email of the door goes to, in their language. */
public record Recipient(String email, String displayName, Language language) {
}
