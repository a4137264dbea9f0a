package coop.toitcommun.governance;

/** A redemption in the queue, with its holder's name and the rule that holds it back. */
public record WaitingRedemption(ShareMovement movement, String holderName, Rule reason) {
}
