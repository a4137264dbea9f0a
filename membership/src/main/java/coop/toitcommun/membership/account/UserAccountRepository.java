package coop.toitcommun.membership.account;

import java.util.Optional;

import coop.toitcommun.membership.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select a from UserAccount a join fetch a.person p where p.email = :email")
    Optional<UserAccount> findByEmail(String email);

    @Query("select a from UserAccount a join fetch a.person p where a.personId = :personId")
    Optional<UserAccount> findWithPerson(long personId);

    /** Sets a new password hash; the database then ends the account's other sessions (its security version). */
    @Modifying
    @Transactional
    @Query("update UserAccount a set a.passwordHash = :hash, a.version = a.version + 1 where a.personId = :personId")
    int updatePasswordHash(long personId, String hash);

    @Query(value = "select a from UserAccount a join fetch a.person p",
           countQuery = "select count(a) from UserAccount a")
    Page<UserAccount> findPage(Pageable pageable);

    @Query("select count(a) from UserAccount a where a.passwordHash is null and a.enabled = true")
    long countPendingInvitations();

    @Query("""
        select count(a) > 0 from UserAccount a
         where a.passwordHash is not null and a.enabled = true and :role member of a.roles""")
    boolean existsActivatedWith(Role role);
}
