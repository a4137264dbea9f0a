/**
 * Governance: legal entities, bodies, mandates, registers and meetings. It may use membership's API and never the other domain module's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance", allowedDependencies = "membership")
package coop.toitcommun.governance;
