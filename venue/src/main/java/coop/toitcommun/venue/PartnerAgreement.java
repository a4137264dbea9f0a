package coop.toitcommun.venue;

import coop.toitcommun.membership.House;

/**
 * The reciprocity agreement between the request's house and a partner house: the hours a month each grants the other's
 * members in its rooms open to partners, null while it has not signed. It holds while both grant hours.
 */
public record PartnerAgreement(House partner, Integer granted, Integer received) {

    public boolean inForce() {
        return granted != null && granted > 0 && received != null && received > 0;
    }
}
