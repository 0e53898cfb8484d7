package news.dateline.media;

import java.util.regex.Pattern;

/**
 * A photo credit is stored without a copyright sign: pages print "© " before it. What people type
 * before the name ("© Reuters", "(c) Reuters", "Copyright Reuters", "©©Reuters") is taken off.
 */
public final class Credit {

    private static final Pattern LEADING_SIGN = Pattern.compile(
            "^(?:[\\s\\p{Z}]|©|\\(c\\)|copyright(?![\\p{L}\\p{N}]))+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Credit() {
    }

    /** The credit without leading copyright signs and spaces. */
    public static String withoutSign(String credit) {
        return credit == null ? "" : LEADING_SIGN.matcher(credit).replaceFirst("");
    }
}
