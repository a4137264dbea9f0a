package coop.toitcommun.web.meetings;

import java.util.List;

/** A meeting plan that the rules of planning refuse: each problem names the form's field and the message. */
class PlanRefusedException extends RuntimeException {

    record Problem(String field, String messageKey) {
    }

    private final List<Problem> problems;

    PlanRefusedException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
