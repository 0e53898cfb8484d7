package news.dateline.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A newsroom account. The password is only ever held as a salted hash. */
@Entity
@Table(name = "account")
public class Account {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,60}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "username", nullable = false, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /**
     * Where notifications are also e-mailed; null for none. Not part of the optimistic lock: a new
     * address changes nothing about what the account may do, so its sessions go on.
     */
    @Column(name = "email", length = EmailAddress.MAX_LENGTH)
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private String email;

    /**
     * The language the newsroom speaks to this user ({@code en}, {@code ru}); null until they choose, when it
     * follows their browser. Not part of the optimistic lock, as with the e-mail address.
     */
    @Column(name = "interface_language", length = 2)
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private String interfaceLanguage;

    protected Account() {
    }

    Account(String username, String displayName, String password, Role role, Instant now) {
        this.username = normalizedUsername(username);
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 120) {
            throw new InvalidAccountField("displayName", "accounts.error.displayName", 120);
        }
        this.displayName = displayName.strip();
        this.role = Objects.requireNonNull(role, "role");
        this.enabled = true;
        this.createdAt = now;
        setPassword(password);
    }

    /** @throws InvalidAccountField on field {@code username} when the name is not usable */
    public static String normalizedUsername(String username) {
        String normalized = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(normalized).matches()) {
            throw new InvalidAccountField("username", "accounts.error.username");
        }
        return normalized;
    }

    void setPassword(String password) {
        if (PasswordHasher.weak(password)) {
            throw new InvalidAccountField("password", "accounts.error.password", PasswordHasher.MIN_LENGTH,
                    PasswordHasher.MAX_LENGTH);
        }
        this.passwordHash = PasswordHasher.hash(password);
        this.mustChangePassword = false;
    }

    /** An admin sets a temporary password; the user must choose their own at next sign-in. */
    void resetPassword(String temporaryPassword) {
        setPassword(temporaryPassword);
        this.mustChangePassword = true;
    }

    void changeRole(Role newRole) {
        this.role = java.util.Objects.requireNonNull(newRole, "role");
    }

    /**
     * Sets or (with nothing typed) removes the address notifications are e-mailed to.
     *
     * @throws news.dateline.platform.FieldRefused on field {@code email} when it is not one plain address
     */
    void changeEmail(String typed) {
        this.email = EmailAddress.parse(typed).orElse(null);
    }

    /** Chooses the newsroom's language for this user; null goes back to following the browser. */
    void speak(news.dateline.platform.Language language) {
        this.interfaceLanguage = language == null ? null : language.code();
    }

    /** The language this user chose for the newsroom, if any. */
    public java.util.Optional<news.dateline.platform.Language> getInterfaceLanguage() {
        return news.dateline.platform.Language.of(interfaceLanguage);
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Every change to the account moves its version, and sessions started on an older version end. */
    public long getVersion() {
        return version;
    }

    boolean passwordMatches(String password) {
        return PasswordHasher.matches(password, passwordHash);
    }

    public Editor asEditor() {
        return new Editor(id, username, displayName, role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The address notifications are e-mailed to, if the account has one. */
    public java.util.Optional<String> getEmail() {
        return java.util.Optional.ofNullable(email);
    }
}
