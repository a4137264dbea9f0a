package coop.toitcommun.membership;

/** A member organisation of a house, as the network's directory shows it once the organisation opted in. */
public record NetworkMember(long organisationId, long houseId, String name, String commune, String website,
                            String description) {
}
