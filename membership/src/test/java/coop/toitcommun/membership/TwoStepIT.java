package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.membership.account.Totp;
import coop.toitcommun.testsupport.PostgresTest;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@PostgresTest
class TwoStepIT {

    private static final String PASSWORD = "terril-lumiere-2026";
    private static final String ADDRESS = "203.0.113.20";

    @Autowired TwoStep twoStep;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private final Totp totp = new Totp();

    @Test
    void aFirstCodeTurnsTheSecondStepOnAndGivesTenRecoveryCodesStoredOnlyAsHashes() {
        AccountView account = newAccount();
        TwoStepEnrolment enrolment = twoStep.begin(account.personId());
        assertThat(enrolment.uri()).startsWith("otpauth://totp/Le%20Toit%20Commun:" + account.email().replace("@", "%40") + "?secret=")
            .contains("&issuer=Le%20Toit%20Commun");
        assertThat(twoStep.isEnabled(account.personId())).isFalse();
        assertThatThrownBy(() -> twoStep.confirm(account.personId(), "000000")).isInstanceOf(WrongCodeException.class);
        long version = accounts.securityVersion(account.personId()).orElseThrow();

        List<String> codes = twoStep.confirm(account.personId(), codeNow(enrolment, 0));

        assertThat(twoStep.isEnabled(account.personId())).isTrue();
        assertThat(accounts.securityVersion(account.personId()).orElseThrow()).as("other sessions end").isGreaterThan(version);
        assertThat(codes).hasSize(10).allMatch(code -> code.matches("[0-9a-z]{5}-[0-9a-z]{5}")).doesNotHaveDuplicates();
        assertThat(twoStep.recoveryCodesLeft(account.personId())).isEqualTo(10);
        String stored = jdbc.sql("SELECT string_agg(encode(code_hash, 'escape'), ' ') FROM membership.recovery_code WHERE person_id = :id")
            .param("id", account.personId()).query(String.class).single();
        assertThat(stored).doesNotContain(codes.get(0).replace("-", ""));
        assertThatThrownBy(() -> twoStep.begin(account.personId())).isInstanceOf(AccountRuleException.class);
    }

    @Test
    void anAppCodeWorksOnceAndARecoveryCodeToo() {
        AccountView account = newAccount();
        TwoStepEnrolment enrolment = twoStep.begin(account.personId());
        List<String> codes = twoStep.confirm(account.personId(), codeNow(enrolment, 0));

        assertThatThrownBy(() -> twoStep.verifySignIn(account.personId(), codeNow(enrolment, 0), ADDRESS))
            .as("the code that confirmed cannot sign in").isInstanceOf(WrongCodeException.class);
        String next = codeNow(enrolment, 1);
        twoStep.verifySignIn(account.personId(), next, ADDRESS);
        assertThatThrownBy(() -> twoStep.verifySignIn(account.personId(), next, ADDRESS)).isInstanceOf(WrongCodeException.class);

        twoStep.verifySignIn(account.personId(), " " + codes.get(3).toUpperCase() + " ", ADDRESS);
        assertThat(twoStep.recoveryCodesLeft(account.personId())).isEqualTo(9);
        assertThatThrownBy(() -> twoStep.verifySignIn(account.personId(), codes.get(3), ADDRESS)).isInstanceOf(WrongCodeException.class);
    }

    @Test
    void wrongCodesAreThrottledApartFromPasswords() {
        AccountView account = newAccount();
        TwoStepEnrolment enrolment = twoStep.begin(account.personId());
        twoStep.confirm(account.personId(), codeNow(enrolment, 0));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> twoStep.verifySignIn(account.personId(), "12345", ADDRESS)).isInstanceOf(WrongCodeException.class);
        }
        assertThatThrownBy(() -> twoStep.verifySignIn(account.personId(), codeNow(enrolment, 1), ADDRESS))
            .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void turningItOffNeedsThePasswordAndEndsOtherSessions() {
        AccountView account = newAccount();
        TwoStepEnrolment enrolment = twoStep.begin(account.personId());
        twoStep.confirm(account.personId(), codeNow(enrolment, 0));
        long version = accounts.securityVersion(account.personId()).orElseThrow();

        assertThatThrownBy(() -> twoStep.disable(account.personId(), "not-the-password", ADDRESS)).isInstanceOf(WrongPasswordException.class);
        assertThat(twoStep.isEnabled(account.personId())).isTrue();
        twoStep.disable(account.personId(), PASSWORD, ADDRESS);

        assertThat(twoStep.isEnabled(account.personId())).isFalse();
        assertThat(twoStep.recoveryCodesLeft(account.personId())).isZero();
        assertThat(accounts.securityVersion(account.personId()).orElseThrow()).isGreaterThan(version);
    }

    @Test
    void theHousePolicyIsOneSwitch() {
        boolean before = twoStep.isRequired();
        long admin = newAccount().personId();
        try {
            twoStep.setRequired(admin, true);
            assertThat(twoStep.isRequired()).isTrue();
            twoStep.setRequired(admin, false);
            assertThat(twoStep.isRequired()).isFalse();
        } finally {
            twoStep.setRequired(admin, before);
        }
    }

    @Test
    void whenTheHouseRequiresItThoseWhoDecideCannotTurnItOffAndTheOthersCan() {
        long admin = newAccount().personId();
        long cofounder = enrolled(account(Role.COFOUNDER, Role.MEMBER));
        long member = enrolled(account(Role.MEMBER));
        boolean before = twoStep.isRequired();
        try {
            twoStep.setRequired(admin, true);
            assertThat(twoStep.requiredOf(admin)).isTrue();
            assertThat(twoStep.requiredOf(cofounder)).isTrue();
            assertThat(twoStep.requiredOf(member)).as("no mandate without governance, no role that decides").isFalse();

            assertThatThrownBy(() -> twoStep.disable(cofounder, PASSWORD, ADDRESS)).isInstanceOfSatisfying(
                AccountRuleException.class, e -> assertThat(e.reason()).isEqualTo("twoStepRequired"));
            assertThat(twoStep.isEnabled(cofounder)).isTrue();
            twoStep.disable(member, PASSWORD, ADDRESS);
            assertThat(twoStep.isEnabled(member)).isFalse();

            twoStep.setRequired(admin, false);
            assertThat(twoStep.requiredOf(cofounder)).isFalse();
            twoStep.disable(cofounder, PASSWORD, ADDRESS);
            assertThat(twoStep.isEnabled(cofounder)).isFalse();
        } finally {
            twoStep.setRequired(admin, before);
        }
    }

    private long enrolled(AccountView account) {
        TwoStepEnrolment enrolment = twoStep.begin(account.personId());
        twoStep.confirm(account.personId(), codeNow(enrolment, 0));
        return account.personId();
    }

    private AccountView account(Role... roles) {
        return accounts.createActivated(new Invitation("deux-" + UUID.randomUUID() + "@example.org", "Awa Diallo",
            Language.FR, Set.of(roles)), PASSWORD);
    }

    private String codeNow(TwoStepEnrolment enrolment, int stepsAhead) {
        byte[] secret = new Base32().decode(enrolment.secret().replace(" ", ""));
        return totp.code(secret, totp.stepAt(Instant.now()) + stepsAhead);
    }

    private AccountView newAccount() {
        return accounts.createActivated(new Invitation("deux-" + UUID.randomUUID() + "@example.org", "Awa Diallo",
            Language.FR, Set.of(Role.ADMIN)), PASSWORD);
    }
}
