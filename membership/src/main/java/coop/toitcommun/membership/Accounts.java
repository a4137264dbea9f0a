package coop.toitcommun.membership;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import coop.toitcommun.membership.account.AccountTokens;
import coop.toitcommun.membership.account.AccountTokens.Purpose;
import coop.toitcommun.membership.account.Person;
import coop.toitcommun.membership.account.PersonRepository;
import coop.toitcommun.membership.account.UserAccount;
import coop.toitcommun.membership.account.UserAccountRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People's accounts: invitations, passwords, languages and roles. */
@Service
@Transactional
public class Accounts {

    private final PersonRepository people;
    private final UserAccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final AccountSettings settings;
    private final Clock clock;

    Accounts(PersonRepository people, UserAccountRepository accounts, AccountTokens tokens,
             PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
             AccountSettings settings, Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    @Transactional(readOnly = true)
    public Optional<Credentials> credentials(String email) {
        return accounts.findByEmail(normaliseEmail(email)).map(Accounts::credentialsOf);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(long personId) {
        return accounts.findById(personId).map(Accounts::viewOf);
    }

    @Transactional(readOnly = true)
    public Page<AccountView> page(Pageable pageable) {
        return accounts.findPage(pageable).map(Accounts::viewOf);
    }

    @Transactional(readOnly = true)
    public long pendingInvitations() {
        return accounts.countPendingInvitations();
    }

    /** Opens an account without a password and emails a link to choose one. */
    public AccountView invite(Invitation invitation) {
        String email = normaliseEmail(invitation.email());
        if (people.existsByEmail(email)) {
            throw new EmailAlreadyUsedException(email);
        }
        Instant now = clock.instant();
        Person person = people.save(new Person(invitation.displayName().trim(), email, invitation.language(), now));
        UserAccount account = accounts.save(new UserAccount(person, invitation.roles(), now));
        sendInvitation(account);
        return viewOf(account);
    }

    /**
     * Opens an account for a person the house already knows (an approved organisation's representative) and
     * emails the invitation; a person who already has an account gets the roles added instead. Says whether an
     * invitation went out.
     */
    public boolean inviteKnownPerson(long personId, Set<Role> roles) {
        Optional<UserAccount> existing = accounts.findById(personId);
        if (existing.isPresent()) {
            EnumSet<Role> merged = EnumSet.copyOf(roles);
            merged.addAll(existing.get().getRoles());
            existing.get().setRoles(merged);
            return false;
        }
        Person person = people.findById(personId).orElseThrow(AccountNotFoundException::new);
        sendInvitation(accounts.save(new UserAccount(person, roles, clock.instant())));
        return true;
    }

    /** Sends a fresh invitation link to an account that has not chosen its password yet. */
    public void resendInvitation(long personId) {
        UserAccount account = accounts.findById(personId).orElseThrow(AccountNotFoundException::new);
        if (account.isActivated()) {
            throw new AccountRuleException("alreadyActivated");
        }
        sendInvitation(account);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> invitationHolder(String token) {
        return tokens.holder(token, Purpose.INVITATION).flatMap(this::find);
    }

    /** Sets the first password. The token is checked before the password so a bad password keeps the link valid. */
    public AccountView acceptInvitation(String token, String password) {
        return setPasswordWithToken(token, Purpose.INVITATION, password);
    }

    /** Emails a reset link when an enabled account has this address; says nothing either way. */
    public void requestPasswordReset(String email) {
        accounts.findByEmail(normaliseEmail(email)).filter(UserAccount::isEnabled).ifPresent(account -> {
            Instant expiresAt = clock.instant().plus(settings.passwordResetValidity());
            String token = tokens.issue(account.getPersonId(), Purpose.PASSWORD_RESET, expiresAt);
            Person person = account.getPerson();
            events.publishEvent(new PasswordResetRequested(person.getId(), person.getEmail(), person.getDisplayName(),
                person.getPreferredLanguage(), token, expiresAt));
        });
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> passwordResetHolder(String token) {
        return tokens.holder(token, Purpose.PASSWORD_RESET).flatMap(this::find);
    }

    public AccountView resetPassword(String token, String password) {
        return setPasswordWithToken(token, Purpose.PASSWORD_RESET, password);
    }

    public void changePassword(long personId, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(personId).orElseThrow(AccountNotFoundException::new);
        if (!account.isActivated() || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        passwordPolicy.check(newPassword, account.getPerson().getEmail());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
    }

    public void changeLanguage(long personId, Language language) {
        people.findById(personId).orElseThrow(AccountNotFoundException::new).setPreferredLanguage(language);
    }

    /** An admin enables or disables an account; nobody disables their own. */
    public void setEnabled(long actorId, long personId, boolean enabled) {
        if (actorId == personId && !enabled) {
            throw new AccountRuleException("selfDisable");
        }
        accounts.findById(personId).orElseThrow(AccountNotFoundException::new).setEnabled(enabled);
    }

    /** An admin changes roles; nobody removes their own admin role, so the house keeps an admin. */
    public void setRoles(long actorId, long personId, Set<Role> roles) {
        if (actorId == personId && !roles.contains(Role.ADMIN)) {
            throw new AccountRuleException("selfAdmin");
        }
        accounts.findById(personId).orElseThrow(AccountNotFoundException::new)
            .setRoles(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    /** Creates an account with a known password at once: for demo data and tests, never for people. */
    public AccountView createActivated(Invitation invitation, String password) {
        String email = normaliseEmail(invitation.email());
        passwordPolicy.check(password, email);
        if (people.existsByEmail(email)) {
            throw new EmailAlreadyUsedException(email);
        }
        Instant now = clock.instant();
        Person person = people.save(new Person(invitation.displayName().trim(), email, invitation.language(), now));
        UserAccount account = new UserAccount(person, invitation.roles(), now);
        account.setPasswordHash(passwordEncoder.encode(password));
        return viewOf(accounts.save(account));
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    private void sendInvitation(UserAccount account) {
        Instant expiresAt = clock.instant().plus(settings.invitationValidity());
        String token = tokens.issue(account.getPersonId(), Purpose.INVITATION, expiresAt);
        Person person = account.getPerson();
        events.publishEvent(new InvitationIssued(person.getId(), person.getEmail(), person.getDisplayName(),
            person.getPreferredLanguage(), token, expiresAt));
    }

    private AccountView setPasswordWithToken(String token, Purpose purpose, String password) {
        long personId = tokens.holder(token, purpose).orElseThrow(InvalidTokenException::new);
        UserAccount account = accounts.findById(personId).orElseThrow(InvalidTokenException::new);
        passwordPolicy.check(password, account.getPerson().getEmail());
        tokens.use(token, purpose).orElseThrow(InvalidTokenException::new);
        account.setPasswordHash(passwordEncoder.encode(password));
        return viewOf(account);
    }

    private static AccountView viewOf(UserAccount account) {
        Person person = account.getPerson();
        return new AccountView(person.getId(), person.getDisplayName(), person.getEmail(),
            person.getPreferredLanguage(), account.getRoles(), account.isEnabled(), account.isLocked(),
            account.isActivated(), account.getCreatedAt());
    }

    private static Credentials credentialsOf(UserAccount account) {
        Person person = account.getPerson();
        return new Credentials(person.getId(), person.getEmail(), person.getDisplayName(), account.getPasswordHash(),
            account.isEnabled(), account.isLocked(), account.getRoles(), person.getPreferredLanguage());
    }
}
