package coop.toitcommun.membership;

/** No such organisation, or not one this person may see or manage: pages answer 404 either way. */
public class OrganisationNotFoundException extends RuntimeException {
}
