package news.dateline.platform;

import java.util.function.Supplier;

/**
 * The language the interface speaks to whoever the current thread works for: set for each request
 * (the public site's language, or a newsroom user's own), and for work done on someone's behalf, such
 * as an e-mail to a colleague. Where nothing set it, it is English.
 */
public final class InterfaceLanguage {

    /** The session attribute that holds the language a signed-in user chose (its code), while they chose one. */
    public static final String SESSION_ATTRIBUTE = "dateline.interfaceLanguage";

    private static final ThreadLocal<Language> CURRENT = new ThreadLocal<>();

    private InterfaceLanguage() {
    }

    public static Language current() {
        Language language = CURRENT.get();
        return language == null ? Language.EN : language;
    }

    /** Sets the language for the rest of this thread's request; {@link #clear()} ends it. */
    public static void use(Language language) {
        CURRENT.set(language);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** Does {@code work} in {@code language}, then goes back to the language before. */
    public static <T> T during(Language language, Supplier<T> work) {
        Language before = CURRENT.get();
        CURRENT.set(language);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }
}
