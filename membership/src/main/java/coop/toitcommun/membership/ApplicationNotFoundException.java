package coop.toitcommun.membership;

/** No such application, or none this person may see. */
public class ApplicationNotFoundException extends RuntimeException {
}
