package news.dateline.platform;

import java.text.MessageFormat;
import java.text.NumberFormat;

/**
 * Formats a message of the bundles: {@link MessageFormat} patterns ({@code {0}}, {@code {0,number,#}}, a quote
 * written {@code ''}) plus plural forms, which {@code MessageFormat} cannot do for Russian:
 * {@code {0,plural,one{# статья}few{# статьи}many{# статей}other{# статьи}}} picks the branch of the
 * number's plural category in the language ({@link Language#pluralCategory(long)}), falling back to
 * {@code other}; a branch {@code =0{…}} is for that very number and comes first; {@code #} in a branch stands
 * for the number.
 */
public final class MessageText {

    private MessageText() {
    }

    /**
     * @throws IllegalArgumentException when the pattern is not one: an unbalanced brace, a plural without
     *                                  the branch needed and without {@code other}
     */
    public static String format(Language language, String pattern, Object... arguments) {
        Object[] values = arguments == null ? new Object[0] : arguments;
        return new MessageFormat(pluralsChosen(language, pattern, values), language.locale()).format(values);
    }

    /** The pattern with every plural replaced by the branch its number chooses. */
    static String pluralsChosen(Language language, String pattern, Object[] arguments) {
        int start = pattern.indexOf(",plural,");
        if (start < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length());
        int at = 0;
        while (start >= 0) {
            int open = pattern.lastIndexOf('{', start);
            if (open < at) {
                throw new IllegalArgumentException("A plural without its argument: " + pattern);
            }
            int index = Integer.parseInt(pattern.substring(open + 1, start).strip());
            Object argument = index < arguments.length ? number(arguments[index]) : null;
            String category = argument instanceof Number number ? language.pluralCategory(number.longValue()) : "other";
            String number = argument instanceof Number n ? NumberFormat.getIntegerInstance(language.locale()).format(n)
                    : String.valueOf(argument);
            int position = start + ",plural,".length();
            String chosen = null;
            String exact = null;
            String other = null;
            while (true) {
                while (position < pattern.length() && Character.isWhitespace(pattern.charAt(position))) {
                    position++;
                }
                if (position >= pattern.length()) {
                    throw new IllegalArgumentException("An unclosed plural: " + pattern);
                }
                if (pattern.charAt(position) == '}') {
                    break;
                }
                int brace = pattern.indexOf('{', position);
                if (brace < 0) {
                    throw new IllegalArgumentException("A plural branch without text: " + pattern);
                }
                String name = pattern.substring(position, brace).strip();
                int end = closing(pattern, brace);
                String text = pattern.substring(brace + 1, end);
                if (name.equals(category)) {
                    chosen = text;
                }
                if (name.startsWith("=") && argument instanceof Number n
                        && name.substring(1).strip().equals(String.valueOf(n.longValue()))) {
                    exact = text;
                }
                if (name.equals("other")) {
                    other = text;
                }
                position = end + 1;
            }
            String branch = exact != null ? exact : chosen != null ? chosen : other;
            if (branch == null) {
                throw new IllegalArgumentException("A plural without the branch " + category + " or other: " + pattern);
            }
            out.append(pattern, at, open).append(branch.replace("#", quoted(number)));
            at = position + 1;
            start = pattern.indexOf(",plural,", at);
        }
        return out.append(pattern.substring(at)).toString();
    }

    /** A count handed on as text (a flash message's arguments are text) counts as the number it is. */
    private static Object number(Object argument) {
        if (argument instanceof String text && text.matches("-?\\d{1,18}")) {
            return Long.parseLong(text);
        }
        return argument;
    }

    /** The position of the brace that closes the one at {@code open}. */
    private static int closing(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("An unbalanced brace: " + pattern);
    }

    /** The number as MessageFormat literal text. */
    private static String quoted(String text) {
        return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
    }
}
