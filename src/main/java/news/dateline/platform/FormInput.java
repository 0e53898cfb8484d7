package news.dateline.platform;

import java.util.Map;

/**
 * The first check of every form: each value typed into a field holds only characters a page can show
 * and PostgreSQL can store (no NUL or other control characters, no unpaired surrogates). A value that
 * does not is refused as that field's error, so the form comes back with the message next to it and
 * nothing is changed.
 */
public final class FormInput {

    /** The message key of a value refused for the characters it holds. */
    public static final String UNUSABLE = "form.error.unusable";

    private FormInput() {
    }

    /**
     * Checks the values of a form, field by field, in the order given.
     *
     * @param namesAndValues field name, value, field name, value, ... (a missing value is fine)
     * @throws FieldRefused on the first field whose value cannot be used
     */
    public static void requireUsable(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !UsableText.usable(value, true)) {
                throw new FieldRefused(namesAndValues[i], UNUSABLE);
            }
        }
    }

    /** Checks every value of a form already gathered by field name. */
    public static void requireUsable(Map<String, String> values) {
        values.forEach((field, value) -> requireUsable(field, value));
    }
}
