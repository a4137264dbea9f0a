package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(policy.problems("terril-lumiere-2026", "ana@example.org")).isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCharacters() {
        assertThat(policy.problems("court-2026!", "ana@example.org")).containsExactly(PasswordProblem.TOO_SHORT);
        assertThat(policy.problems("douze-signes", "ana@example.org")).isEmpty();
    }

    @Test
    void allowsOneHundredTwentyEightCharactersButNotMore() {
        assertThat(policy.problems("ab-".repeat(42) + "cd", "ana@example.org")).isEmpty();
        assertThat(policy.problems("ab-".repeat(43), "ana@example.org")).containsExactly(PasswordProblem.TOO_LONG);
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(policy.problems("qwerty123456", "ana@example.org")).contains(PasswordProblem.COMMON);
        assertThat(policy.problems("QWERTY123456", "ana@example.org")).contains(PasswordProblem.COMMON);
    }

    @Test
    void refusesTheEmailAddressAsPassword() {
        assertThat(policy.problems("Ana.Martin@Example.org", "ana.martin@example.org"))
            .containsExactly(PasswordProblem.SAME_AS_EMAIL);
    }

    @Test
    void checkThrowsWithEveryProblem() {
        assertThatThrownBy(() -> policy.check("password", "password"))
            .isInstanceOfSatisfying(InvalidPasswordException.class, e -> assertThat(e.problems())
                .containsExactlyInAnyOrder(PasswordProblem.TOO_SHORT, PasswordProblem.COMMON, PasswordProblem.SAME_AS_EMAIL));
    }
}
