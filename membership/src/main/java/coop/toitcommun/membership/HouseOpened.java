package coop.toitcommun.membership;

/**
 * A house was added to the deployment: listeners, in the new house's transaction, give it their module's settings.
 */
public record HouseOpened(long house) {
}
