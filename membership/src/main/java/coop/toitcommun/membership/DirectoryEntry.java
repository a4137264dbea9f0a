package coop.toitcommun.membership;

/** What the public directory shows of a member organisation that opted in. */
public record DirectoryEntry(long id, String name, String description, Circle circle, EssStatus essStatus, String commune,
                             String website) {
}
