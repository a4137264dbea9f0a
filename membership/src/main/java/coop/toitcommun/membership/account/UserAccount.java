package coop.toitcommun.membership.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import coop.toitcommun.membership.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(schema = "membership", name = "user_account")
public class UserAccount {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private boolean locked;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "membership", name = "account_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    /** Raised by the database whenever the right to sign in changes; sessions signed in before it end. */
    @Column(name = "security_version", insertable = false, updatable = false)
    private long securityVersion;

    protected UserAccount() {
    }

    public UserAccount(Person person, Set<Role> roles, Instant createdAt) {
        this.person = person;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public Long getPersonId() {
        return personId;
    }

    public Person getPerson() {
        return person;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isActivated() {
        return passwordHash != null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isLocked() {
        return locked;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public long getSecurityVersion() {
        return securityVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
