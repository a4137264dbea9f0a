package coop.toitcommun.venue;

/** What a subscription feed shows: a room's bookings, an organisation's, or those of a person's organisations. */
public enum FeedKind {
    ROOM, ORGANISATION, PERSON
}
