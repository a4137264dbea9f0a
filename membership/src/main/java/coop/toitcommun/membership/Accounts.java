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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
    private final PasswordConfirmations confirmations;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final HouseRights rights;
    private final Clock clock;
    private final JdbcClient jdbc;

    Accounts(PersonRepository people, UserAccountRepository accounts, AccountTokens tokens,
             PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
             AccountSettings settings, PasswordConfirmations confirmations, LoginThrottle throttle, AuditLog audit,
             HouseRights rights, Clock clock, JdbcClient jdbc) {
        this.people = people;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.settings = settings;
        this.confirmations = confirmations;
        this.throttle = throttle;
        this.audit = audit;
        this.rights = rights;
        this.clock = clock;
        this.jdbc = jdbc;
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

    /** Only admins act on the house's accounts and settings (the outgoing emails…); anybody else is refused here. */
    @Transactional(readOnly = true)
    public void checkIsAdmin(long personId) {
        rights.requireAdmin(personId);
    }

    /** The accounts, a page at a time: for admins. */
    @Transactional(readOnly = true)
    public Page<AccountView> page(long adminId, Pageable pageable) {
        rights.requireAdmin(adminId);
        return accounts.findPage(pageable).map(Accounts::viewOf);
    }

    @Transactional(readOnly = true)
    public long pendingInvitations() {
        return accounts.countPendingInvitations();
    }

    /** An admin opens an account without a password, and a link to choose one is emailed. */
    public AccountView invite(long adminId, Invitation invitation) {
        rights.requireAdmin(adminId);
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
            addRoles(existing.get(), roles);
            return false;
        }
        Person person = people.findById(personId).orElseThrow(AccountNotFoundException::new);
        sendInvitation(accounts.save(new UserAccount(person, roles, clock.instant())));
        return true;
    }

    /**
     * The house's first admin, for a fresh installation where nobody can open the admin pages: while no enabled
     * admin has chosen a password, opens (or renews) an invitation with the admin role for that address and returns
     * it, so that whoever installs the house can open its link; empty once an admin can sign in. A person who already
     * has a password gets the role at once, with nothing to open.
     */
    public Optional<InvitationIssued> inviteFirstAdmin(String email, String displayName, Language language) {
        if (anAdminCanSignIn()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Person person = people.findByEmail(normaliseEmail(email)).orElseGet(() ->
            people.save(new Person(displayName.trim(), normaliseEmail(email), language, now)));
        UserAccount account = accounts.findById(person.getId()).orElseGet(() ->
            accounts.save(new UserAccount(person, Set.of(Role.MEMBER), now)));
        addRoles(account, Set.of(Role.ADMIN));
        account.setEnabled(true);
        return account.isActivated() ? Optional.empty() : Optional.of(sendInvitation(account));
    }

    /** Whether an enabled admin has chosen a password. */
    @Transactional(readOnly = true)
    public boolean anAdminCanSignIn() {
        return accounts.existsActivatedWith(Role.ADMIN);
    }

    /** An admin sends a fresh invitation link to an account that has not chosen its password yet. */
    public void resendInvitation(long adminId, long personId) {
        rights.requireAdmin(adminId);
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

    /**
     * Emails a reset link when an enabled account has this address; says nothing either way. The web module calls it
     * off the request thread, after {@link PasswordResetRequests#admit}, so that the answer takes the same time.
     */
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

    /**
     * Changes a signed-in person's password once they confirmed the current one (throttled). Runs outside any
     * transaction so that the throttle's own transactions never wait for a second connection.
     *
     * @throws TooManyAttemptsException when too many wrong current passwords came before
     * @throws WrongPasswordException when the current password is wrong
     * @throws InvalidPasswordException when the new one breaks the rules
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void changePassword(long personId, String currentPassword, String newPassword, String clientAddress) {
        confirmations.confirm(personId, currentPassword, clientAddress);
        UserAccount account = accounts.findWithPerson(personId).orElseThrow(AccountNotFoundException::new);
        passwordPolicy.check(newPassword, account.getPerson().getEmail());
        accounts.updatePasswordHash(personId, passwordEncoder.encode(newPassword));
    }

    /**
     * The account's security version, which the database raises whenever its right to sign in changes (password,
     * enabled, roles, second step); empty when the account is gone. One indexed read, made on every signed-in request:
     * in plain SQL, as opening a JPA session and a repository's query for it was 7 % of the signed-in directory.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Long> securityVersion(long personId) {
        return jdbc.sql("SELECT security_version FROM membership.user_account WHERE person_id = :person")
            .param("person", personId).query(Long.class).optional();
    }

    /**
     * After many failed sign-ins on an account, emails its owner a link that lifts the refusal; does nothing for an
     * address without an enabled, activated account.
     */
    public void offerUnlock(String email) {
        accounts.findByEmail(normaliseEmail(email)).filter(UserAccount::isEnabled).filter(UserAccount::isActivated)
            .ifPresent(account -> {
                Instant expiresAt = clock.instant().plus(settings.loginFailureMemory());
                String token = tokens.issue(account.getPersonId(), Purpose.SIGN_IN_UNLOCK, expiresAt);
                Person person = account.getPerson();
                events.publishEvent(new SignInUnlockOffered(person.getEmail(), person.getDisplayName(),
                    person.getPreferredLanguage(), token, expiresAt));
            });
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> unlockHolder(String token) {
        return tokens.holder(token, Purpose.SIGN_IN_UNLOCK).flatMap(this::find);
    }

    /** Uses an unlock link: the account's failed sign-ins are forgotten, from every address. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AccountView unlock(String token) {
        long personId = tokens.use(token, Purpose.SIGN_IN_UNLOCK).orElseThrow(InvalidTokenException::new);
        AccountView account = accounts.findWithPerson(personId).map(Accounts::viewOf).orElseThrow(InvalidTokenException::new);
        throttle.forgive(account.email());
        return account;
    }

    public void changeLanguage(long personId, Language language) {
        people.findById(personId).orElseThrow(AccountNotFoundException::new).setPreferredLanguage(language);
    }

    /** An admin enables or disables an account; nobody disables their own. */
    public void setEnabled(long actorId, long personId, boolean enabled) {
        rights.requireAdmin(actorId);
        if (actorId == personId && !enabled) {
            throw new AccountRuleException("selfDisable");
        }
        UserAccount account = accounts.findById(personId).orElseThrow(AccountNotFoundException::new);
        if (account.isEnabled() != enabled) {
            audit.record(Decision.of("membership", enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", actorId)
                .about("person", personId, account.getPerson().getDisplayName()).change(account.isEnabled(), enabled));
        }
        account.setEnabled(enabled);
    }

    /** An admin changes roles; nobody removes their own admin role, so the house keeps an admin. */
    public void setRoles(long actorId, long personId, Set<Role> roles) {
        rights.requireAdmin(actorId);
        if (actorId == personId && !roles.contains(Role.ADMIN)) {
            throw new AccountRuleException("selfAdmin");
        }
        UserAccount account = accounts.findById(personId).orElseThrow(AccountNotFoundException::new);
        EnumSet<Role> before = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        EnumSet<Role> after = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (!before.equals(after)) {
            audit.record(Decision.of("membership", "ACCOUNT_ROLES_CHANGED", actorId)
                .about("person", personId, account.getPerson().getDisplayName()).change(names(before), names(after)));
        }
        account.setRoles(after);
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(java.util.stream.Collectors.joining(", "));
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

    private static void addRoles(UserAccount account, Set<Role> roles) {
        EnumSet<Role> merged = EnumSet.copyOf(roles);
        merged.addAll(account.getRoles());
        account.setRoles(merged);
    }

    private InvitationIssued sendInvitation(UserAccount account) {
        Instant expiresAt = clock.instant().plus(settings.invitationValidity());
        String token = tokens.issue(account.getPersonId(), Purpose.INVITATION, expiresAt);
        Person person = account.getPerson();
        InvitationIssued invitation = new InvitationIssued(person.getId(), person.getEmail(), person.getDisplayName(),
            person.getPreferredLanguage(), token, expiresAt);
        events.publishEvent(invitation);
        return invitation;
    }

    private AccountView setPasswordWithToken(String token, Purpose purpose, String password) {
        long personId = tokens.holder(token, purpose).orElseThrow(InvalidTokenException::new);
        UserAccount account = accounts.findById(personId).orElseThrow(InvalidTokenException::new);
        passwordPolicy.check(password, account.getPerson().getEmail());
        tokens.use(token, purpose).orElseThrow(InvalidTokenException::new);
        account.setPasswordHash(passwordEncoder.encode(password));
        throttle.forgive(account.getPerson().getEmail());
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
            account.isEnabled(), account.isLocked(), account.getRoles(), person.getPreferredLanguage(),
            account.getSecurityVersion());
    }
}
