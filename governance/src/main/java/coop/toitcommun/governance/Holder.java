package coop.toitcommun.governance;

/** Who holds a line of a register: a person or an organisation, never both. */
public record Holder(Long personId, Long organisationId) {

    public Holder {
        if ((personId == null) == (organisationId == null)) {
            throw new IllegalArgumentException("A holder is a person or an organisation");
        }
    }

    public static Holder person(long personId) {
        return new Holder(personId, null);
    }

    public static Holder organisation(long organisationId) {
        return new Holder(null, organisationId);
    }
}
