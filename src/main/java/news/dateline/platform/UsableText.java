package news.dateline.platform;

/** Text a page or form can use and PostgreSQL can store. */
public final class UsableText {

    private UsableText() {
    }

    /**
     * Whether text holds only characters a page or form can use: no control characters (but tab,
     * CR and LF in values), no lone surrogates, and in paths and names no U+FFFD left by bytes that
     * were not UTF-8 (a value may hold U+FFFD: people paste it).
     */
    public static boolean usable(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (!(multiline && (c == '\t' || c == '\n' || c == '\r'))) {
                    return false;
                }
            } else if (c == '\uFFFD' && !multiline) {
                return false;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
