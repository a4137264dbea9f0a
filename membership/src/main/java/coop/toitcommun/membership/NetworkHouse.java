package coop.toitcommun.membership;

/** A house of the network as the other houses see it: what it publishes, and how many members it lists there. */
public record NetworkHouse(House house, NetworkPublication publication, long members) {
}
