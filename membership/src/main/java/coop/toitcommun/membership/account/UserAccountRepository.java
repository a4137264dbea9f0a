package coop.toitcommun.membership.account;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select a from UserAccount a join fetch a.person p where p.email = :email")
    Optional<UserAccount> findByEmail(String email);

    @Query(value = "select a from UserAccount a join fetch a.person p",
           countQuery = "select count(a) from UserAccount a")
    Page<UserAccount> findPage(Pageable pageable);

    @Query("select count(a) from UserAccount a where a.passwordHash is null and a.enabled = true")
    long countPendingInvitations();
}
