package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
@PostgresTest
@Import(AccountsIT.Mailbox.class)
class AccountsIT {

    private static final String PASSWORD = "terril-lumiere-2026";
    private static final String ADDRESS = "203.0.113.9";

    @Autowired Accounts accounts;
    @Autowired Mailbox mailbox;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired LoginThrottle throttle;

    @BeforeEach
    void emptyMailbox() {
        mailbox.invitations.clear();
        mailbox.resets.clear();
        mailbox.unlocks.clear();
    }

    @Test
    void anInvitationLinkSetsTheFirstPasswordOnce() {
        String email = uniqueEmail();
        AccountView invited = accounts.invite(inviter(), new Invitation(" " + email.toUpperCase() + " ", "Nadia Benali", Language.EN, Set.of(Role.MEMBER)));

        assertThat(invited.email()).isEqualTo(email);
        assertThat(invited.activated()).isFalse();
        assertThat(accounts.credentials(email)).get().extracting(Credentials::passwordHash).isNull();
        InvitationIssued mail = mailbox.invitations.get(0);
        assertThat(mail.email()).isEqualTo(email);
        assertThat(mail.language()).isEqualTo(Language.EN);
        assertThat(accounts.invitationHolder(mail.token())).get().extracting(AccountView::personId).isEqualTo(invited.personId());

        AccountView activated = accounts.acceptInvitation(mail.token(), PASSWORD);

        assertThat(activated.activated()).isTrue();
        assertThat(encoder.matches(PASSWORD, accounts.credentials(email).orElseThrow().passwordHash())).isTrue();
        assertThat(accounts.invitationHolder(mail.token())).isEmpty();
        assertThatThrownBy(() -> accounts.acceptInvitation(mail.token(), "another-long-secret"))
            .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void aRefusedPasswordKeepsTheInvitationUsable() {
        accounts.invite(inviter(), new Invitation(uniqueEmail(), "Paul Lefebvre", Language.FR, Set.of(Role.MEMBER)));
        String token = mailbox.invitations.get(0).token();

        assertThatThrownBy(() -> accounts.acceptInvitation(token, "qwerty123456"))
            .isInstanceOfSatisfying(InvalidPasswordException.class,
                e -> assertThat(e.problems()).containsExactly(PasswordProblem.COMMON));
        assertThat(accounts.acceptInvitation(token, PASSWORD).activated()).isTrue();
    }

    @Test
    void anExpiredInvitationIsRefused() {
        accounts.invite(inviter(), new Invitation(uniqueEmail(), "Léa Dubois", Language.FR, Set.of(Role.MEMBER)));
        String token = mailbox.invitations.get(0).token();
        jdbc.sql("UPDATE membership.account_token SET created_at = now() - interval '8 days', expires_at = now() - interval '1 day'"
                 + " WHERE person_id = (SELECT id FROM membership.person WHERE email = :email)")
            .param("email", mailbox.invitations.get(0).email()).update();

        assertThat(accounts.invitationHolder(token)).isEmpty();
        assertThatThrownBy(() -> accounts.acceptInvitation(token, PASSWORD)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void invitationsAreValidSevenDaysAndResetsOneHour() {
        String email = uniqueEmail();
        accounts.createActivated(new Invitation(email, "Karim Haddad", Language.FR, Set.of(Role.MEMBER)), PASSWORD);
        accounts.requestPasswordReset(email);
        accounts.invite(inviter(), new Invitation(uniqueEmail(), "Sophie Martin", Language.FR, Set.of(Role.MEMBER)));

        assertThat(validity(mailbox.resets.get(0).email(), "PASSWORD_RESET")).isEqualTo(3600L);
        assertThat(validity(mailbox.invitations.get(0).email(), "INVITATION")).isEqualTo(7 * 24 * 3600L);
    }

    @Test
    void aResendRetiresTheEarlierLink() {
        AccountView invited = accounts.invite(inviter(), new Invitation(uniqueEmail(), "Inès Roussel", Language.FR, Set.of(Role.MEMBER)));
        accounts.resendInvitation(inviter(), invited.personId());

        assertThat(mailbox.invitations).hasSize(2);
        assertThat(accounts.invitationHolder(mailbox.invitations.get(0).token())).isEmpty();
        assertThat(accounts.invitationHolder(mailbox.invitations.get(1).token())).isPresent();
    }

    @Test
    void anEmailCannotBeInvitedTwice() {
        String email = uniqueEmail();
        accounts.invite(inviter(), new Invitation(email, "Jean Petit", Language.FR, Set.of(Role.MEMBER)));

        assertThatThrownBy(() -> accounts.invite(inviter(), new Invitation(email.toUpperCase(), "Jean Petit", Language.FR, Set.of())))
            .isInstanceOf(EmailAlreadyUsedException.class);
    }

    @Test
    void aResetIsSentOnlyForAKnownEnabledAccountAndWorksOnce() {
        String email = uniqueEmail();
        AccountView account = accounts.createActivated(new Invitation(email, "Claire Morel", Language.FR, Set.of(Role.MEMBER)), PASSWORD);

        accounts.requestPasswordReset("nobody-" + email);
        assertThat(mailbox.resets).isEmpty();

        accounts.requestPasswordReset(email.toUpperCase());
        String token = mailbox.resets.get(0).token();
        accounts.resetPassword(token, "nouveau-secret-du-terril");

        assertThat(encoder.matches("nouveau-secret-du-terril", accounts.credentials(email).orElseThrow().passwordHash())).isTrue();
        assertThatThrownBy(() -> accounts.resetPassword(token, "encore-un-autre-secret")).isInstanceOf(InvalidTokenException.class);

        long admin = accounts.createActivated(new Invitation(uniqueEmail(), "Alex Admin", Language.FR, Set.of(Role.ADMIN)), PASSWORD)
            .personId();
        accounts.setEnabled(admin, account.personId(), false);
        accounts.requestPasswordReset(email);
        assertThat(mailbox.resets).hasSize(1);
    }

    @Test
    void changingPasswordNeedsTheCurrentOne() {
        String email = uniqueEmail();
        AccountView account = accounts.createActivated(new Invitation(email, "Hugo Lambert", Language.FR, Set.of(Role.MEMBER)), PASSWORD);

        assertThatThrownBy(() -> accounts.changePassword(account.personId(), "not-the-password", "brand-new-passphrase", ADDRESS))
            .isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> accounts.changePassword(account.personId(), PASSWORD, email, ADDRESS))
            .isInstanceOf(InvalidPasswordException.class);

        accounts.changePassword(account.personId(), PASSWORD, "brand-new-passphrase", ADDRESS);
        assertThat(encoder.matches("brand-new-passphrase", accounts.credentials(email).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void wrongCurrentPasswordsAreThrottledApartFromSigningIn() {
        String email = uniqueEmail();
        AccountView account = accounts.createActivated(new Invitation(email, "Rémi Caron", Language.FR, Set.of(Role.MEMBER)), PASSWORD);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> accounts.changePassword(account.personId(), "not-the-password", "brand-new-passphrase", ADDRESS))
                .isInstanceOf(WrongPasswordException.class);
        }

        assertThatThrownBy(() -> accounts.changePassword(account.personId(), PASSWORD, "brand-new-passphrase", ADDRESS))
            .as("refused before the password is even checked").isInstanceOf(TooManyAttemptsException.class);
        assertThat(throttle.begin(AttemptKind.SIGN_IN, email, ADDRESS).allowed()).as("signing in is counted apart").isTrue();
    }

    @Test
    void theSecurityVersionRisesWhenTheRightToSignInChangesAndOnlyThen() {
        String email = uniqueEmail();
        AccountView admin = accounts.createActivated(new Invitation(uniqueEmail(), "Admin", Language.FR, Set.of(Role.ADMIN)), PASSWORD);
        AccountView account = accounts.createActivated(new Invitation(email, "Yasmine Roux", Language.FR, Set.of(Role.MEMBER)), PASSWORD);
        long version = accounts.securityVersion(account.personId()).orElseThrow();

        accounts.changeLanguage(account.personId(), Language.EN);
        accounts.setRoles(admin.personId(), account.personId(), Set.of(Role.MEMBER));
        assertThat(accounts.securityVersion(account.personId())).as("same roles, new language").contains(version);

        accounts.setRoles(admin.personId(), account.personId(), Set.of(Role.MEMBER, Role.EMPLOYEE));
        assertThat(accounts.securityVersion(account.personId()).orElseThrow()).as("a role added").isGreaterThan(version);
        version = accounts.securityVersion(account.personId()).orElseThrow();

        accounts.changePassword(account.personId(), PASSWORD, "brand-new-passphrase", ADDRESS);
        assertThat(accounts.securityVersion(account.personId()).orElseThrow()).as("a new password").isGreaterThan(version);
        version = accounts.securityVersion(account.personId()).orElseThrow();

        accounts.setEnabled(admin.personId(), account.personId(), false);
        assertThat(accounts.securityVersion(account.personId()).orElseThrow()).as("disabled").isGreaterThan(version);
        version = accounts.securityVersion(account.personId()).orElseThrow();

        jdbc.sql("UPDATE membership.user_account SET enabled = true WHERE person_id = :id").param("id", account.personId()).update();
        assertThat(accounts.securityVersion(account.personId()).orElseThrow()).as("whoever writes the row").isGreaterThan(version);
    }

    @Test
    void anUnlockLinkGoesOnlyToAKnownAccountAndForgivesItsFailuresOnce() {
        String email = uniqueEmail();
        accounts.createActivated(new Invitation(email, "Élodie Marchand", Language.FR, Set.of(Role.MEMBER)), PASSWORD);
        accounts.offerUnlock("nobody-" + email);
        assertThat(mailbox.unlocks).isEmpty();
        for (int i = 0; i < 5; i++) {
            throttle.failed(throttle.begin(AttemptKind.SIGN_IN, email, ADDRESS));
        }
        assertThat(throttle.begin(AttemptKind.SIGN_IN, email, ADDRESS).allowed()).isFalse();

        accounts.offerUnlock(email.toUpperCase());
        String token = mailbox.unlocks.get(0).token();
        assertThat(accounts.unlock(token).email()).isEqualTo(email);

        assertThat(throttle.begin(AttemptKind.SIGN_IN, email, ADDRESS).allowed()).isTrue();
        assertThatThrownBy(() -> accounts.unlock(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void aPasswordResetForgivesTheAccountsFailedSignIns() {
        String email = uniqueEmail();
        accounts.createActivated(new Invitation(email, "Lucas Fontaine", Language.FR, Set.of(Role.MEMBER)), PASSWORD);
        for (int i = 0; i < 5; i++) {
            throttle.failed(throttle.begin(AttemptKind.SIGN_IN, email, ADDRESS));
        }
        accounts.requestPasswordReset(email);

        accounts.resetPassword(mailbox.resets.get(0).token(), "nouveau-secret-du-terril");

        assertThat(throttle.begin(AttemptKind.SIGN_IN, email, ADDRESS).allowed()).isTrue();
    }

    @Test
    void anAdminCannotDisableThemselvesNorDropTheirOwnAdminRole() {
        AccountView admin = accounts.createActivated(new Invitation(uniqueEmail(), "Admin", Language.FR, Set.of(Role.ADMIN)), PASSWORD);
        AccountView other = accounts.createActivated(new Invitation(uniqueEmail(), "Other", Language.FR, Set.of(Role.MEMBER)), PASSWORD);

        assertThatThrownBy(() -> accounts.setEnabled(admin.personId(), admin.personId(), false))
            .isInstanceOfSatisfying(AccountRuleException.class, e -> assertThat(e.reason()).isEqualTo("selfDisable"));
        assertThatThrownBy(() -> accounts.setRoles(admin.personId(), admin.personId(), Set.of(Role.MEMBER)))
            .isInstanceOfSatisfying(AccountRuleException.class, e -> assertThat(e.reason()).isEqualTo("selfAdmin"));

        accounts.setRoles(admin.personId(), other.personId(), Set.of(Role.EMPLOYEE, Role.VOLUNTEER));
        accounts.setEnabled(admin.personId(), other.personId(), false);
        AccountView changed = accounts.find(other.personId()).orElseThrow();
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.VOLUNTEER);
        assertThat(changed.enabled()).isFalse();
    }

    @Test
    void languagePreferenceIsKept() {
        AccountView account = accounts.createActivated(new Invitation(uniqueEmail(), "Tom", Language.FR, Set.of(Role.MEMBER)), PASSWORD);
        accounts.changeLanguage(account.personId(), Language.EN);
        assertThat(accounts.find(account.personId()).orElseThrow().language()).isEqualTo(Language.EN);
    }

    private long validity(String email, String purpose) {
        return jdbc.sql("SELECT cast(extract(epoch FROM t.expires_at - t.created_at) AS bigint) FROM membership.account_token t"
                        + " JOIN membership.person p ON p.id = t.person_id WHERE p.email = :email AND purpose = :purpose")
            .param("email", email).param("purpose", purpose).query(Long.class).single();
    }

    /** An admin of the house, who invites people. */
    private long inviter() {
        return accounts.createActivated(new Invitation(uniqueEmail(), "Admin", Language.FR, Set.of(Role.ADMIN)), PASSWORD)
            .personId();
    }

    private static String uniqueEmail() {
        return "person-" + UUID.randomUUID() + "@example.org";
    }

    @TestConfiguration
    static class Mailbox {
        final List<InvitationIssued> invitations = new ArrayList<>();
        final List<PasswordResetRequested> resets = new ArrayList<>();
        final List<SignInUnlockOffered> unlocks = new ArrayList<>();

        @EventListener
        void on(SignInUnlockOffered event) {
            unlocks.add(event);
        }

        @EventListener
        void on(InvitationIssued event) {
            invitations.add(event);
        }

        @EventListener
        void on(PasswordResetRequested event) {
            resets.add(event);
        }
    }
}
