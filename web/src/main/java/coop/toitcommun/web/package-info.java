/**
 * The web front: pages, security, languages, mail and documents. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package coop.toitcommun.web;
