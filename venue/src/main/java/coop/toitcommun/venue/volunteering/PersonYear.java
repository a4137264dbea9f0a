package coop.toitcommun.venue.volunteering;

import java.util.List;

/** A person's confirmed volunteering over a year, mission by mission, for their attestation. */
public record PersonYear(long personId, String name, int year, List<MissionYear> missions) {

    public long minutes() {
        return missions.stream().mapToLong(MissionYear::minutes).sum();
    }
}
