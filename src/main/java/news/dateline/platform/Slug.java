package news.dateline.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The readable part of a URL: lower-case Latin letters, digits and single hyphens. Made from a
 * title by transliterating (Russian included) and dropping accents and punctuation.
 */
public record Slug(String value) {

    public static final int MAX_LENGTH = 200;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('є', "ye"),
            Map.entry('ґ', "g"));

    public Slug {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A slug uses only lower-case letters a-z, digits and single hyphens: " + value);
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A slug has at most " + MAX_LENGTH + " characters");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.length() <= MAX_LENGTH && VALID.matcher(candidate).matches();
    }

    /** @throws IllegalArgumentException when the title has no letter or digit to make a slug from */
    public static Slug fromTitle(String title) {
        StringBuilder latin = new StringBuilder();
        for (char c : title.toLowerCase(Locale.ROOT).toCharArray()) {
            String replacement = CYRILLIC.get(c);
            latin.append(replacement != null ? replacement : String.valueOf(c));
        }
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String hyphenated = ascii.replaceAll("['’`]+", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (hyphenated.isEmpty()) {
            throw new IllegalArgumentException("Cannot make a slug from: " + title);
        }
        return new Slug(shorten(hyphenated));
    }

    private static String shorten(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, MAX_LENGTH);
        int lastHyphen = cut.lastIndexOf('-');
        return lastHyphen > MAX_LENGTH / 2 ? cut.substring(0, lastHyphen) : cut.replaceAll("-+$", "");
    }

    /** This slug with a numeric suffix, to tell it apart from a slug already taken. */
    public Slug withSuffix(int n) {
        String suffix = "-" + n;
        String base = value.length() + suffix.length() > MAX_LENGTH
                ? value.substring(0, MAX_LENGTH - suffix.length()).replaceAll("-+$", "")
                : value;
        return new Slug(base + suffix);
    }

    @Override
    public String toString() {
        return value;
    }
}
