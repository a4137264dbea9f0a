package coop.toitcommun.web.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import coop.toitcommun.membership.Credentials;
import coop.toitcommun.membership.Language;
import coop.toitcommun.membership.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The person behind a session. Templates read {@code displayName} and {@code personId} from it. */
public final class SignedInPerson implements UserDetails, CredentialsContainer {

    private final long personId;
    private final String email;
    private final String displayName;
    private final Language language;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final long securityVersion;
    private String passwordHash;

    SignedInPerson(Credentials credentials) {
        this.personId = credentials.personId();
        this.email = credentials.email();
        this.displayName = credentials.displayName();
        this.language = credentials.language();
        this.roles = Set.copyOf(credentials.roles());
        this.enabled = credentials.enabled();
        this.locked = credentials.locked();
        this.securityVersion = credentials.securityVersion();
        this.passwordHash = credentials.passwordHash();
    }

    public long getPersonId() {
        return personId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Language getLanguage() {
        return language;
    }

    /** The account's security version when this session signed in; the session ends once the account's moves on. */
    public long getSecurityVersion() {
        return securityVersion;
    }

    /** The person's roles, in the order the application lists them. */
    public List<Role> getRoles() {
        return roles.stream().sorted().toList();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInPerson person && person.personId == personId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(personId);
    }

    @Override
    public String toString() {
        return "SignedInPerson[" + personId + "]";
    }
}
