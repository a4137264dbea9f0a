package coop.toitcommun.web.security;

import coop.toitcommun.membership.Accounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** An account that has not chosen its password yet cannot sign in, exactly as if it did not exist. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final Accounts accounts;

    AccountUserDetailsService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.credentials(email)
            .filter(credentials -> credentials.passwordHash() != null)
            .map(SignedInPerson::new)
            .orElseThrow(() -> new UsernameNotFoundException("No activated account"));
    }
}
