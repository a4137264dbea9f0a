package coop.toitcommun.governance.responsibility;

import java.util.List;

import coop.toitcommun.governance.HeldMandate;
import coop.toitcommun.membership.PersonRef;

/**
 * The dependence view: live responsibilities without a backup, and each person's load, heaviest first.
 *
 * @param threshold a person holding more responsibilities than this is {@code overloaded}
 */
public record DependenceReport(int threshold, List<Responsibility> withoutBackup, List<PersonLoad> people) {

    /** What a person holds, backs up and sits on; {@link #alone()} is what stops if they leave. */
    public record PersonLoad(PersonRef person, List<Responsibility> holds, List<Responsibility> backsUp,
                             List<HeldMandate> mandates, boolean overloaded) {

        public List<Responsibility> alone() {
            return holds.stream().filter(r -> !r.hasBackup()).toList();
        }
    }

    public List<PersonLoad> overloaded() {
        return people.stream().filter(PersonLoad::overloaded).toList();
    }
}
