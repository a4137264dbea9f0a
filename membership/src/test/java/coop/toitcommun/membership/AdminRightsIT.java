package coop.toitcommun.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import coop.toitcommun.testsupport.PostgresTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The accounts and the sign-in policy are the admins': membership refuses anyone else by itself (the web's gate on
 * {@code /admin/**} is a first one, not the only one), and a refusal changes nothing.
 */
@SpringBootTest
@PostgresTest
class AdminRightsIT {

    private static final String PASSWORD = "une-phrase-de-passe-solide";

    @Autowired Accounts accounts;
    @Autowired TwoStep twoStep;
    @Autowired JdbcClient jdbc;

    @Test
    void aCofounderAnEmployeeAndADisabledAdminManageNoAccount() {
        AccountView target = account(Role.MEMBER);
        long disabledAdmin = account(Role.ADMIN).personId();
        accounts.setEnabled(account(Role.ADMIN).personId(), disabledAdmin, false);
        String invited = "invitee-" + UUID.randomUUID() + "@example.org";
        boolean policy = twoStep.isRequired();
        long version = accounts.securityVersion(target.personId()).orElseThrow();

        for (long outsider : List.of(account(Role.COFOUNDER, Role.MEMBER).personId(), account(Role.EMPLOYEE).personId(),
                disabledAdmin)) {
            refused(() -> accounts.page(outsider, PageRequest.of(0, 20)));
            refused(() -> accounts.invite(outsider, new Invitation(invited, "Invitée", Language.FR, Set.of(Role.ADMIN))));
            refused(() -> accounts.resendInvitation(outsider, target.personId()));
            refused(() -> accounts.setRoles(outsider, target.personId(), Set.of(Role.ADMIN)));
            refused(() -> accounts.setEnabled(outsider, target.personId(), false));
            refused(() -> twoStep.setRequired(outsider, !policy));
            refused(() -> twoStep.resetByAdmin(outsider, target.personId()));
        }

        assertThat(accounts.credentials(invited)).isEmpty();
        AccountView unchanged = accounts.find(target.personId()).orElseThrow();
        assertThat(unchanged.roles()).containsExactly(Role.MEMBER);
        assertThat(unchanged.enabled()).isTrue();
        assertThat(accounts.securityVersion(target.personId())).contains(version);
        assertThat(twoStep.isRequired()).isEqualTo(policy);
    }

    @Test
    void anAdminManagesThem() {
        long admin = account(Role.ADMIN).personId();
        AccountView target = account(Role.MEMBER);

        accounts.setRoles(admin, target.personId(), Set.of(Role.MEMBER, Role.VOLUNTEER));
        accounts.setEnabled(admin, target.personId(), false);
        AccountView invited = accounts.invite(admin, new Invitation("invitee-" + UUID.randomUUID() + "@example.org", "Invitée",
            Language.FR, Set.of(Role.MEMBER)));
        accounts.resendInvitation(admin, invited.personId());
        twoStep.resetByAdmin(admin, target.personId());

        AccountView changed = accounts.find(target.personId()).orElseThrow();
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.VOLUNTEER);
        assertThat(changed.enabled()).isFalse();
        assertThat(accounts.page(admin, PageRequest.of(0, 1)).getTotalElements()).isGreaterThanOrEqualTo(3);
    }

    private AccountView account(Role... roles) {
        return accounts.createActivated(new Invitation("compte-" + UUID.randomUUID() + "@example.org", "Personne",
            Language.FR, Set.of(roles)), PASSWORD);
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(MembershipAccessDeniedException.class);
    }
}
