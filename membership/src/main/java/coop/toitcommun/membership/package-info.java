/**
 * Membership: organisations, people, their accounts, the charter and its signatures.
 * The root package is the module's API; sub-packages are its implementation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership")
package coop.toitcommun.membership;
