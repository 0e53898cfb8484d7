package news.dateline.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.dateline.audit.AuditAction;
import news.dateline.audit.AuditLog;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.Settings;

/** Accounts: the first admin, creating accounts, signing in. */
@ApplicationScoped
@Transactional
public class AccountService {

    /** Checked against for an unknown account name, so that it costs as much time as a wrong password. */
    private static final String DECOY_HASH = PasswordHasher.decoy();
    private static final long FIRST_ADMIN_LOCK = 0x41444d4eL;

    @PersistenceContext
    EntityManager em;

    @Inject
    LoginThrottle throttle;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    @Inject
    NewsroomClock clock;

    public boolean hasAccounts() {
        return !em.createQuery("select a.id from Account a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Creates the first account, an admin; refused once any account exists.
     *
     * @throws IllegalStateException when there already are accounts
     */
    public Editor createFirstAdmin(String username, String displayName, String password) {
        em.createNativeQuery("select pg_advisory_xact_lock(" + FIRST_ADMIN_LOCK + ")").getSingleResult();
        if (hasAccounts()) {
            throw new IllegalStateException("The first admin has already been created.");
        }
        Editor admin = persist(new Account(username, displayName, password, Role.ADMIN, clock.now())).asEditor();
        audit.record(AuditAction.FIRST_ADMIN_CREATED, admin, "account " + admin.username(), null);
        return admin;
    }

    public Editor create(Editor actor, String username, String displayName, String password, Role role) {
        return create(actor, username, displayName, password, role, null);
    }

    /**
     * An admin adds an account, optionally with the e-mail address its notifications also go to.
     *
     * @throws news.dateline.platform.FieldRefused on field {@code email} when the address is not usable
     */
    public Editor create(Editor actor, String username, String displayName, String password, Role role,
                         String email) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        java.util.Optional<String> address = EmailAddress.parse(email);
        Editor created = createUnchecked(username, displayName, password, role);
        address.ifPresent(a -> em.find(Account.class, created.accountId()).changeEmail(a));
        audit.record(AuditAction.ACCOUNT_CREATED, actor, "account " + created.username(), "role " + role
                + (address.isPresent() ? ", with an e-mail address" : ""));
        return created;
    }

    /** For start-up code (demo accounts) that acts for nobody. */
    public Editor createUnchecked(String username, String displayName, String password, Role role) {
        String normalized = Account.normalizedUsername(username);
        if (findByUsername(normalized).isPresent()) {
            throw new InvalidAccountField("username", "accounts.error.taken", normalized);
        }
        return persist(new Account(normalized, displayName, password, role, clock.now())).asEditor();
    }

    public List<Account> list() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList();
    }

    /** Display names by account id, in one query. */
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    /** A session's account as the newsroom guard sees it on every request. */
    /** @param language the language the user chose for the newsroom, empty when it follows the browser */
    public record SessionAccount(Editor editor, long version, boolean mustChangePassword,
                                 Optional<news.dateline.platform.Language> language) {
    }

    /**
     * The account behind a session, while it exists, is enabled and has not changed since the
     * session began (a new role, a reset password or a disabled account ends its sessions at once).
     */
    public Optional<SessionAccount> sessionAccount(long accountId, long sessionVersion) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.isEnabled() || account.getVersion() != sessionVersion) {
            return Optional.empty();
        }
        return Optional.of(new SessionAccount(account.asEditor(), account.getVersion(), account.isMustChangePassword(),
                account.getInterfaceLanguage()));
    }

    public long versionOf(long accountId) {
        return em.find(Account.class, accountId).getVersion();
    }

    public void changeRole(Editor actor, String username, Role role) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        Account account = existing(username);
        if (account.getRole() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherAdmin(account);
        }
        Role before = account.getRole();
        account.changeRole(role);
        audit.record(AuditAction.ROLE_CHANGED, actor, "account " + account.getUsername(), before + " -> " + role);
    }

    public void setEnabled(Editor actor, String username, boolean enabled) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        Account account = existing(username);
        if (!enabled && account.getRole() == Role.ADMIN) {
            requireAnotherAdmin(account);
        }
        account.setEnabled(enabled);
        audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, actor,
                "account " + account.getUsername(), null);
    }

    /**
     * An admin sets or (with nothing typed) removes an account's e-mail address. The account's
     * sessions go on: the address changes nothing about what it may do.
     *
     * @throws news.dateline.platform.FieldRefused on field {@code email} when the address is not usable
     */
    public void changeEmail(Editor actor, String username, String email) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        Account account = existing(username);
        account.changeEmail(email);
        audit.record(AuditAction.EMAIL_CHANGED, actor, "account " + account.getUsername(),
                account.getEmail().isPresent() ? "address set" : "address removed");
    }

    /**
     * Everyone sets or (with nothing typed) removes their own e-mail address.
     *
     * @throws news.dateline.platform.FieldRefused on field {@code email} when the address is not usable
     */
    public void changeOwnEmail(Editor editor, String email) {
        Account account = em.find(Account.class, editor.accountId());
        account.changeEmail(email);
        audit.record(AuditAction.EMAIL_CHANGED, editor, "account " + account.getUsername(),
                account.getEmail().isPresent() ? "own address set" : "own address removed");
    }

    /**
     * Sets the language the newsroom speaks to the signed-in user; {@code null} to follow the browser.
     */
    public void changeOwnLanguage(Editor editor, news.dateline.platform.Language language) {
        Account account = em.find(Account.class, editor.accountId());
        account.speak(language);
        audit.record(AuditAction.LANGUAGE_CHANGED, editor, "account " + account.getUsername(),
                language == null ? "browser" : language.code());
    }

    /**
     * What the own account page shows: the e-mail address ("" for none), whether a new password is due, and
     * the chosen newsroom language ("" when it follows the browser).
     */
    public record OwnAccount(String email, boolean mustChangePassword, String language) {
    }

    public OwnAccount ownAccount(Editor editor) {
        Account account = em.find(Account.class, editor.accountId());
        return new OwnAccount(account.getEmail().orElse(""), account.isMustChangePassword(),
                account.getInterfaceLanguage().map(news.dateline.platform.Language::code).orElse(""));
    }

    public void resetPassword(Editor actor, String username, String temporaryPassword) {
        actor.require(Permission.MANAGE_ACCOUNTS);
        Account account = existing(username);
        account.resetPassword(temporaryPassword);
        audit.record(AuditAction.PASSWORD_RESET, actor, "account " + account.getUsername(), null);
    }

    /**
     * Changes the editor's own password; the current one is required.
     *
     * @return the account's new version, for the editor's own session to carry on
     * @throws InvalidAccountField when the current password is wrong or the new one too weak
     */
    public long changeOwnPassword(Editor editor, String currentPassword, String newPassword) {
        Account account = em.find(Account.class, editor.accountId());
        if (!account.passwordMatches(currentPassword)) {
            throw new InvalidAccountField("current", "account.error.currentPassword");
        }
        account.setPassword(newPassword);
        em.flush();
        audit.record(AuditAction.PASSWORD_CHANGED, editor, "account " + account.getUsername(), null);
        return account.getVersion();
    }

    private Account existing(String username) {
        return findByUsername(Account.normalizedUsername(username))
                .orElseThrow(() -> new InvalidAccountField("account", "accounts.error.unknown", username));
    }

    /** There must always be an enabled admin besides this account. */
    private void requireAnotherAdmin(Account account) {
        long others = em.createQuery("select count(a) from Account a where a.role = news.dateline.account.Role.ADMIN"
                + " and a.enabled = true and a.id <> :id", Long.class).setParameter("id", account.getId()).getSingleResult();
        if (others == 0) {
            throw new InvalidAccountField("account", "accounts.error.lastAdmin");
        }
    }

    /** The editor behind a session, while the account exists and is enabled. */
    public Optional<Editor> activeEditor(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null || !account.isEnabled() ? Optional.empty() : Optional.of(account.asEditor());
    }

    /**
     * Checks a username and password. Failures are counted per account name and per address;
     * past a few, each answer is delayed, and at the limit the name or address is locked for a while.
     * A locked name or address is refused before any password is hashed; otherwise an unknown name
     * costs one hash like a known one, so the time taken does not tell whether an account exists.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public SignInResult signIn(String username, String password, String address) {
        Instant now = clock.now();
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        String accountKey = LoginThrottle.accountKey(name);
        String addressKey = LoginThrottle.addressKey(address);
        String target = "account " + shortened(name);
        if (throttle.isLocked(List.of(accountKey, addressKey), now)) {
            audit.record(AuditAction.SIGN_IN_LOCKED, shortened(name), target, "refused while locked");
            return new SignInResult(null, true);
        }
        String given = password == null ? "" : password;
        Optional<Account> account = findByUsername(name);
        boolean passwordOk = account.isPresent() ? account.get().passwordMatches(given) : spendDecoyTime(given);
        if (passwordOk && account.get().isEnabled()) {
            throttle.clear(accountKey);
            Editor editor = account.get().asEditor();
            audit.record(AuditAction.SIGN_IN, editor, target, null);
            return new SignInResult(editor, false);
        }
        int accountFailures = throttle.recordFailure(accountKey, LoginThrottle.ACCOUNT_LIMIT, now);
        int addressFailures = throttle.recordFailure(addressKey, LoginThrottle.ADDRESS_LIMIT, now);
        boolean locked = accountFailures >= LoginThrottle.ACCOUNT_LIMIT || addressFailures >= LoginThrottle.ADDRESS_LIMIT;
        audit.record(locked ? AuditAction.SIGN_IN_LOCKED : AuditAction.SIGN_IN_FAILED, shortened(name), target,
                accountFailures + " failure(s) for the name, " + addressFailures + " from the address");
        slowDown(Math.max(accountFailures - LoginThrottle.FREE_FAILURES,
                addressFailures - LoginThrottle.FREE_ADDRESS_FAILURES));
        return new SignInResult(null, locked);
    }

    private static String shortened(String name) {
        return name.length() > 60 ? name.substring(0, 60) : name;
    }

    private static boolean spendDecoyTime(String password) {
        PasswordHasher.matches(password, DECOY_HASH);
        return false;
    }

    /** One step of delay per failure past the free ones, at most five. */
    private void slowDown(int steps) {
        long delay = Math.min(5, Math.max(0, steps)) * settings.loginSlowdownMillis();
        if (delay > 0) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where lower(a.username) = :name", Account.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    private Account persist(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }
}
