package coop.toitcommun.membership;

import java.util.List;

public class InvalidPasswordException extends RuntimeException {

    private final List<PasswordProblem> problems;

    public InvalidPasswordException(List<PasswordProblem> problems) {
        super("Password refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<PasswordProblem> problems() {
        return problems;
    }
}
