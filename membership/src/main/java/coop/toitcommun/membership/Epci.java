package coop.toitcommun.membership;

/** An intercommunality (établissement public de coopération intercommunale). */
public record Epci(long id, String name) {
}
