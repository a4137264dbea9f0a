package coop.toitcommun.membership;

/** A tiers-lieu served by this deployment; {@code host} is null for the house that answers every other host name. */
public record House(long id, String name, String host) {
}
