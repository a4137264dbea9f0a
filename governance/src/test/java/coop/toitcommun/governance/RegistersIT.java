package coop.toitcommun.governance;

import static coop.toitcommun.governance.AssociateCategory.BENEFICIARY;
import static coop.toitcommun.governance.AssociateCategory.EMPLOYEE;
import static coop.toitcommun.governance.AssociateCategory.PUBLIC_BODY;
import static coop.toitcommun.governance.AssociateCategory.VOLUNTEER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import coop.toitcommun.testsupport.FirstHouse;
import coop.toitcommun.testsupport.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@PostgresTest
class RegistersIT {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 10);
    private static final long NOMINAL = 10_000;

    @Autowired Registers registers;
    @Autowired Entities entities;
    @Autowired GovernanceFixtures fixtures;

    @Test
    void aScicKeepsThreeCategoriesIncludingBeneficiariesAndEmployees() {
        LegalEntity scic = fixtures.entity(LegalForm.SCIC_SAS);
        Associate employee = admitPerson(scic, EMPLOYEE);
        Associate beneficiary = admitPerson(scic, BENEFICIARY);
        Associate volunteer = admitPerson(scic, VOLUNTEER);
        Associate secondVolunteer = admitPerson(scic, VOLUNTEER);
        assertThat(registers.register(scic.id(), DAY).unmet()).isEmpty();

        registers.leave(fixtures.admin(), secondVolunteer.entityId(), secondVolunteer.id(), DAY.plusDays(1), "Démission");

        assertThatThrownBy(() -> registers.leave(fixtures.admin(), volunteer.entityId(), volunteer.id(), DAY.plusDays(2), "Démission"))
            .isInstanceOfSatisfying(GovernanceRuleException.class, e -> {
                assertThat(e.rule()).isEqualTo(Rule.SCIC_CATEGORIES);
                assertThat(e.reference()).contains("47-1775");
            });
        assertThatThrownBy(() -> registers.leave(fixtures.admin(), employee.entityId(), employee.id(), DAY.plusDays(2), "Départ"))
            .isInstanceOf(GovernanceRuleException.class);
        assertThat(registers.findAssociate(volunteer.id()).orElseThrow().exitDate()).isNull();
        assertThat(registers.findAssociate(beneficiary.id()).orElseThrow().exitDate()).isNull();
    }

    @Test
    void aScicBeingSetUpShowsTheCategoriesItLacks() {
        LegalEntity scic = fixtures.entity(LegalForm.SCIC_SA);
        admitPerson(scic, EMPLOYEE);
        assertThat(registers.register(scic.id(), DAY).unmet()).containsExactly(Rule.SCIC_CATEGORIES);
    }

    @Test
    void publicBodiesHoldAtMostHalfTheCapital() {
        LegalEntity scic = fixtures.entity(LegalForm.SCIC_SAS);
        Associate employee = admitPerson(scic, EMPLOYEE);
        Associate town = admitOrganisation(scic, PUBLIC_BODY);
        subscribe(employee, 10);

        ShareMovement half = subscribe(town, 10);
        assertThat(half.status()).isEqualTo(MovementStatus.DONE);

        assertThatThrownBy(() -> subscribe(town, 1))
            .isInstanceOfSatisfying(GovernanceRuleException.class, e -> assertThat(e.rule()).isEqualTo(Rule.SCIC_PUBLIC_BODIES));
        Register register = registers.register(scic.id(), DAY);
        assertThat(register.capitalCents()).isEqualTo(20 * NOMINAL);
        assertThat(register.publicBodiesCents()).isEqualTo(10 * NOMINAL);
    }

    @Test
    void twoPublicSubscriptionsAtOnceCannotTogetherPassHalf() throws Exception {
        LegalEntity scic = fixtures.entity(LegalForm.SCIC_SAS);
        Associate employee = admitPerson(scic, EMPLOYEE);
        Associate town = admitOrganisation(scic, PUBLIC_BODY);
        Associate region = admitOrganisation(scic, PUBLIC_BODY);
        subscribe(employee, 10);
        // each alone keeps public bodies at 6/16 of the capital; both together would reach 12/22
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (Associate body : List.of(town, region)) {
                Callable<Boolean> attempt = () -> {
                    start.await();
                    try {
                        subscribe(body, 6);
                        return true;
                    } catch (GovernanceRuleException refused) {
                        return false;
                    }
                };
                results.add(pool.submit(FirstHouse.carried(attempt)));
            }
            start.countDown();
            int accepted = 0;
            for (Future<Boolean> result : results) {
                accepted += result.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        Register register = registers.register(scic.id(), DAY);
        assertThat(register.publicBodiesCents() * 2).isLessThanOrEqualTo(register.capitalCents());
    }

    @Test
    void aRedemptionBelowAQuarterOfTheHighestCapitalWaitsUntilCapitalComesBack() {
        LegalEntity scic = fixtures.entity(LegalForm.SCIC_SAS);
        Associate first = admitPerson(scic, EMPLOYEE);
        Associate second = admitPerson(scic, BENEFICIARY);
        subscribe(first, 70);
        subscribe(second, 30);

        ShareMovement allowed = registers.requestRedemption(fixtures.admin(), first.entityId(), first.id(), 60, DAY.plusDays(5));
        assertThat(allowed.status()).isEqualTo(MovementStatus.DONE);
        assertThat(registers.capitalAt(scic.id(), DAY.plusDays(5))).isEqualTo(40 * NOMINAL);

        ShareMovement waits = registers.requestRedemption(fixtures.admin(), second.entityId(), second.id(), 20, DAY.plusDays(6));
        assertThat(waits.status()).isEqualTo(MovementStatus.WAITING);
        assertThat(waits.waitingReason()).isEqualTo(Rule.CAPITAL_QUARTER);
        Register register = registers.register(scic.id(), DAY.plusDays(6));
        assertThat(register.capitalCents()).isEqualTo(40 * NOMINAL);
        assertThat(register.highestCapitalCents()).isEqualTo(100 * NOMINAL);
        assertThat(register.waiting()).singleElement().satisfies(w -> assertThat(w.reason()).isEqualTo(Rule.CAPITAL_QUARTER));
        assertThatThrownBy(() -> registers.requestRedemption(fixtures.admin(), second.entityId(), second.id(), 11, DAY.plusDays(7)))
            .as("shares already waiting are not available again")
            .isInstanceOfSatisfying(RegisterException.class, e -> assertThat(e.reason()).isEqualTo(RegisterException.Reason.NOT_ENOUGH_SHARES));

        registers.subscribe(fixtures.admin(), first.entityId(), new Subscription(first.id(), 5, 5 * NOMINAL, DAY.plusDays(20), DAY.plusDays(20)));

        Register after = registers.register(scic.id(), DAY.plusDays(20));
        assertThat(after.waiting()).isEmpty();
        assertThat(after.capitalCents()).isEqualTo(25 * NOMINAL);
        assertThat(after.lines()).filteredOn(l -> l.associate().id() == second.id()).singleElement()
            .satisfies(l -> assertThat(l.paidUpCents()).as("repaid shares are no longer paid up").isEqualTo(10 * NOMINAL));
        assertThat(registers.capitalAt(scic.id(), DAY.plusDays(6))).as("capital at an earlier date").isEqualTo(40 * NOMINAL);
    }

    @Test
    void collegeWeightsAreBetweenTenAndFiftyAndSumToAHundred() {
        LegalEntity scic = fixtures.entity(LegalForm.SCIC_SAS);
        List<College> colleges = entities.setColleges(fixtures.admin(), scic.id(), List.of(
            new CollegeWeight("Salariés", new BigDecimal("40")), new CollegeWeight("Usagers", new BigDecimal("40")),
            new CollegeWeight("Partenaires", new BigDecimal("20"))));
        assertThat(colleges).extracting(College::name).containsExactly("Salariés", "Usagers", "Partenaires");

        assertThatThrownBy(() -> entities.setColleges(fixtures.admin(), scic.id(), List.of(
            new CollegeWeight("Salariés", new BigDecimal("60")), new CollegeWeight("Usagers", new BigDecimal("40")))))
            .isInstanceOfSatisfying(GovernanceRuleException.class, e -> assertThat(e.rule()).isEqualTo(Rule.COLLEGE_WEIGHTS));
        assertThatThrownBy(() -> entities.setColleges(fixtures.admin(), scic.id(), List.of(
            new CollegeWeight("Salariés", new BigDecimal("45")), new CollegeWeight("Usagers", new BigDecimal("45")))))
            .isInstanceOf(GovernanceRuleException.class);
        assertThat(entities.colleges(scic.id())).extracting(College::weightPct)
            .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
            .containsExactly(new BigDecimal("40"), new BigDecimal("40"), new BigDecimal("20"));
    }

    @Test
    void registerTotalsAreByCategoryAndByCollege() {
        LegalEntity scic = fixtures.entity(LegalForm.SCIC_SAS);
        List<College> colleges = entities.setColleges(fixtures.admin(), scic.id(), List.of(
            new CollegeWeight("Fondateurs", new BigDecimal("50")), new CollegeWeight("Usagers", new BigDecimal("50"))));
        Associate a = registers.admit(fixtures.admin(), scic.id(), Holder.person(fixtures.person("A").id()), EMPLOYEE, colleges.get(0).id(), DAY);
        Associate b = registers.admit(fixtures.admin(), scic.id(), Holder.person(fixtures.person("B").id()), BENEFICIARY, colleges.get(1).id(), DAY);
        Associate c = registers.admit(fixtures.admin(), scic.id(), Holder.person(fixtures.person("C").id()), BENEFICIARY, colleges.get(1).id(), DAY);
        subscribe(a, 3);
        subscribe(b, 2);
        subscribe(c, 1);

        Register register = registers.register(scic.id(), DAY);
        assertThat(register.byCollege()).containsExactly(new Total("Fondateurs", 1, 3, 3 * NOMINAL), new Total("Usagers", 2, 3, 3 * NOMINAL));
        assertThat(register.byCategory()).containsExactly(new Total("BENEFICIARY", 2, 3, 3 * NOMINAL), new Total("EMPLOYEE", 1, 3, 3 * NOMINAL));
    }

    @Test
    void anSciKeepsTwoAssociates() {
        LegalEntity sci = fixtures.entity(LegalForm.SCI);
        Associate first = admitOrganisation(sci, null);
        Associate second = admitOrganisation(sci, null);
        Associate third = admitOrganisation(sci, null);

        registers.leave(fixtures.admin(), third.entityId(), third.id(), DAY.plusDays(1), "Cession de ses parts");
        assertThatThrownBy(() -> registers.leave(fixtures.admin(), second.entityId(), second.id(), DAY.plusDays(2), "Retrait"))
            .isInstanceOfSatisfying(GovernanceRuleException.class, e -> assertThat(e.rule()).isEqualTo(Rule.SCI_TWO_ASSOCIATES));
        assertThat(registers.register(sci.id(), DAY.plusDays(3)).lines()).extracting(l -> l.associate().id())
            .containsExactly(first.id(), second.id());
    }

    @Test
    void aTransferMovesSharesAfterApproval() {
        LegalEntity sci = fixtures.entity(LegalForm.SCI);
        Associate first = admitOrganisation(sci, null);
        Associate second = admitOrganisation(sci, null);
        subscribe(first, 10);

        registers.transfer(fixtures.admin(), first.entityId(), new Transfer(first.id(), second.id(), 4, "Assemblée du 3 février, unanimité", DAY, DAY.plusDays(1)));

        Register register = registers.register(sci.id(), DAY.plusDays(1));
        assertThat(register.lines()).extracting(RegisterLine::shares).containsExactly(6, 4);
        assertThat(register.capitalCents()).isEqualTo(10 * NOMINAL);
        assertThatThrownBy(() -> registers.transfer(fixtures.admin(), second.entityId(), new Transfer(second.id(), first.id(), 5, "AG", DAY, DAY.plusDays(2))))
            .isInstanceOf(RegisterException.class);
    }

    @Test
    void anAssociationListsItsMembersAndDuesPerYear() {
        LegalEntity association = fixtures.entity(LegalForm.ASSOCIATION);
        Associate old = registers.admit(fixtures.admin(), association.id(), Holder.person(fixtures.person("Ancien").id()), null, null, LocalDate.of(2023, 3, 1));
        Associate recent = registers.admit(fixtures.admin(), association.id(), Holder.person(fixtures.person("Récent").id()), null, null, LocalDate.of(2025, 2, 1));
        registers.leave(fixtures.admin(), old.entityId(), old.id(), LocalDate.of(2024, 6, 30), "Démission");
        registers.recordDues(fixtures.admin(), recent.entityId(), recent.id(), 2025, 2_000, LocalDate.of(2025, 2, 1));

        assertThat(registers.membersOf(association.id(), 2024)).extracting(m -> m.associate().id()).containsExactly(old.id());
        assertThat(registers.membersOf(association.id(), 2025)).singleElement()
            .satisfies(m -> assertThat(m.duesCents()).isEqualTo(2_000));
    }

    private Associate admitPerson(LegalEntity entity, AssociateCategory category) {
        return registers.admit(fixtures.admin(), entity.id(), Holder.person(fixtures.person("Associé").id()), category, null, DAY);
    }

    private Associate admitOrganisation(LegalEntity entity, AssociateCategory category) {
        return registers.admit(fixtures.admin(), entity.id(), Holder.organisation(fixtures.organisation("Structure").id()), category, null, DAY);
    }

    private ShareMovement subscribe(Associate associate, int shares) {
        return registers.subscribe(fixtures.admin(), associate.entityId(), new Subscription(associate.id(), shares, shares * NOMINAL, DAY, DAY));
    }
}
