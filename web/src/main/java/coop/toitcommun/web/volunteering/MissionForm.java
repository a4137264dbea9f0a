package coop.toitcommun.web.volunteering;

import coop.toitcommun.venue.volunteering.MissionCommand;
import coop.toitcommun.venue.volunteering.MissionView;
import coop.toitcommun.venue.volunteering.VolunteeringActor;
import coop.toitcommun.web.input.Text;
import jakarta.validation.constraints.NotBlank;

/** The form that creates or changes a mission. */
record MissionForm(@NotBlank @Text(max = 120, column = "venue.volunteer_mission.name") String name,
                   @Text(max = 2000, column = "venue.volunteer_mission.description") String description,
                   Long version) {

    static MissionForm empty() {
        return new MissionForm("", "", null);
    }

    static MissionForm of(MissionView mission) {
        return new MissionForm(mission.name(), mission.description(), mission.version());
    }

    MissionCommand toCommand(VolunteeringActor actor) {
        return new MissionCommand(actor, name, description, version == null ? -1 : version);
    }
}
