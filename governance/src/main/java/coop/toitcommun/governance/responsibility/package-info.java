/**
 * The house's responsibilities (keys, bank access, relations with the town…): a register of who holds each one and
 * who can step in, handovers kept for good, reminders when a review date passes, and the dependence view that sets
 * them beside the mandates of who holds what. A feature of governance with its own tables; this package is its API.
 */
@org.springframework.modulith.NamedInterface("responsibility")
package coop.toitcommun.governance.responsibility;
