package news.dateline.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import news.dateline.platform.FieldRefused;

/**
 * The rule for an account's e-mail address: optional; when given, one plain address
 * ({@code name@example.org}) of at most 254 characters, ASCII, with a domain that has a dot. No
 * display names, comments, quoted parts or lists: what is stored is exactly what goes into the
 * {@code To} header, so nothing typed here can add a recipient or a header.
 */
public final class EmailAddress {

    /** RFC 5321's limit for a whole path. */
    public static final int MAX_LENGTH = 254;
    public static final String FIELD = "email";

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern LOCAL = Pattern.compile(ATOM + "(\\." + ATOM + ")*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private EmailAddress() {
    }

    /**
     * @return the address with surrounding blanks removed and the domain in lower case, or empty when
     *         nothing (or only blanks) was typed: the account then gets no e-mail
     * @throws FieldRefused on field {@code email} when it is not one plain address
     */
    public static Optional<String> parse(String typed) {
        String address = typed == null ? "" : typed.strip();
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int at = address.lastIndexOf('@');
        if (address.length() > MAX_LENGTH || at <= 0 || at > 64 || !LOCAL.matcher(address.substring(0, at)).matches()
                || !domain(address.substring(at + 1))) {
            throw new FieldRefused(FIELD, "account.error.email", MAX_LENGTH);
        }
        return Optional.of(address.substring(0, at) + "@" + address.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean domain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || domain.length() > 253) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
    }
}
