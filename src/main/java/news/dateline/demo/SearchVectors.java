package news.dateline.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search vectors of generated articles, made in Java exactly as the database's trigger makes them
 * ({@code setweight(to_tsvector(config, headline), 'A') || … lead 'B' || tags 'B' || body text 'C'},
 * config {@code english} or {@code russian} by the article's language), so that loading does not
 * spend most of its time in the trigger. Every word form the generator writes is looked up once in
 * PostgreSQL ({@code to_tsvector(config, form)}: its lexeme, or none for a stop word); positions,
 * weights and the limits of {@code to_tsvector} and of concatenation (255 and 256 positions per
 * lexeme, positions up to 16,383) follow PostgreSQL. The generator checks a sample of every batch
 * against the trigger's own expression.
 */
final class SearchVectors {

    private static final int MAX_POSITION = 16_383;
    private static final int MAX_POSITIONS_IN_PART = 255;
    private static final int MAX_POSITIONS = 256;
    private static final char[] WEIGHTS = {'A', 'B', 'B', 'C'};

    private final Map<String, Integer> english;
    private final Map<String, Integer> russian;
    private final String[] lexemes;

    private SearchVectors(Map<String, Integer> english, Map<String, Integer> russian, String[] lexemes) {
        this.english = english;
        this.russian = russian;
        this.lexemes = lexemes;
    }

    static SearchVectors load(Connection db, Collection<String> englishForms, Collection<String> russianForms)
            throws SQLException {
        Map<String, Integer> ids = new HashMap<>();
        List<String> lexemes = new ArrayList<>();
        Map<String, Integer> english = lookUp(db, "english", englishForms, ids, lexemes);
        Map<String, Integer> russian = lookUp(db, "russian", russianForms, ids, lexemes);
        return new SearchVectors(english, russian, lexemes.toArray(String[]::new));
    }

    private static Map<String, Integer> lookUp(Connection db, String config, Collection<String> forms,
                                               Map<String, Integer> ids, List<String> lexemes) throws SQLException {
        Map<String, Integer> byForm = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("select f, (select array_agg(lexeme) from unnest(to_tsvector('"
                + config + "', f))) from unnest(?::text[]) f")) {
            query.setArray(1, db.createArrayOf("text", forms.toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    java.sql.Array found = row.getArray(2);
                    String[] lexeme = found == null ? new String[0] : (String[]) found.getArray();
                    if (lexeme.length > 1) {
                        throw new IllegalStateException("A word form makes several lexemes: " + row.getString(1));
                    }
                    byForm.put(row.getString(1), lexeme.length == 0 ? -1
                            : ids.computeIfAbsent(lexeme[0], l -> {
                                lexemes.add(quoted(l));
                                return lexemes.size() - 1;
                            }));
                }
            }
        }
        return byForm;
    }

    private static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    Builder builder() {
        return new Builder();
    }

    /** Makes vectors one article at a time; one per thread. */
    final class Builder {
        private final int[] partCount = new int[lexemes.length];
        private final int[] partLast = new int[lexemes.length];
        private final int[] totalCount = new int[lexemes.length];
        private final int[] totalLast = new int[lexemes.length];
        private int[] touched = new int[4_096];
        private int touchedSize;
        private int[] partLexemes = new int[4_096];
        private int[] partPositions = new int[4_096];
        private long[] entries = new long[4_096];
        private int[] entryPositions = new int[4_096];
        private byte[] entryWeights = new byte[4_096];

        /** Appends the article's vector in tsvector's text form. */
        StringBuilder append(StringBuilder out, boolean inRussian, String headline, String lead, String tags,
                             String body) {
            Map<String, Integer> forms = inRussian ? russian : english;
            String[] parts = {headline, lead, tags, body};
            int entryCount = 0;
            int shift = 0;
            for (int part = 0; part < parts.length; part++) {
                int found = tokens(parts[part], part == 3, forms);
                int partMax = 0;
                for (int i = 0; i < found; i++) {
                    int lexeme = partLexemes[i];
                    int position = partPositions[i];
                    partMax = Math.max(partMax, position);
                    int total = Math.min(position + shift, MAX_POSITION);
                    if (totalCount[lexeme] >= MAX_POSITIONS || totalCount[lexeme] > 0 && totalLast[lexeme] == MAX_POSITION) {
                        continue;
                    }
                    if (totalCount[lexeme] == 0) {
                        touch(lexeme);
                    }
                    totalCount[lexeme]++;
                    totalLast[lexeme] = total;
                    if (entryCount == entries.length) {
                        entries = Arrays.copyOf(entries, entryCount * 2);
                        entryPositions = Arrays.copyOf(entryPositions, entryCount * 2);
                        entryWeights = Arrays.copyOf(entryWeights, entryCount * 2);
                    }
                    entries[entryCount] = (long) lexeme << 32 | entryCount;
                    entryPositions[entryCount] = total;
                    entryWeights[entryCount] = (byte) part;
                    entryCount++;
                }
                for (int i = 0; i < found; i++) {
                    partCount[partLexemes[i]] = 0;
                }
                if (found > 0) {
                    int max = 0;
                    for (int i = 0; i < entryCount; i++) {
                        max = Math.max(max, entryPositions[i]);
                    }
                    shift = max;
                }
            }
            Arrays.sort(entries, 0, entryCount);
            int previous = -1;
            for (int i = 0; i < entryCount; i++) {
                int lexeme = (int) (entries[i] >>> 32);
                int entry = (int) entries[i];
                if (lexeme != previous) {
                    if (previous >= 0) {
                        out.append(' ');
                    }
                    out.append(lexemes[lexeme]).append(':');
                    previous = lexeme;
                } else {
                    out.append(',');
                }
                out.append(entryPositions[entry]).append(WEIGHTS[entryWeights[entry]]);
            }
            for (int i = 0; i < touchedSize; i++) {
                totalCount[touched[i]] = 0;
            }
            touchedSize = 0;
            return out;
        }

        private void touch(int lexeme) {
            if (touchedSize == touched.length) {
                touched = Arrays.copyOf(touched, touchedSize * 2);
            }
            touched[touchedSize++] = lexeme;
        }

        /**
         * The lexemes of a text with their positions, as {@code to_tsvector} keeps them: every word counts a
         * position, stop words keep none; a lexeme keeps at most 255. In a body, tags count as spaces.
         */
        private int tokens(String text, boolean html, Map<String, Integer> forms) {
            int found = 0;
            int position = 0;
            int length = text.length();
            int i = 0;
            while (i < length) {
                char c = text.charAt(i);
                if (html && c == '<') {
                    int end = text.indexOf('>', i);
                    i = end < 0 ? length : end + 1;
                    continue;
                }
                if (!Character.isLetterOrDigit(c)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                String form = text.substring(start, i);
                Integer lexeme = forms.get(form);
                if (lexeme == null) {
                    throw new IllegalStateException("A word form was not looked up: " + form);
                }
                position++;
                if (lexeme < 0) {
                    continue;
                }
                int at = Math.min(position, MAX_POSITION);
                int count = partCount[lexeme];
                if (count >= MAX_POSITIONS_IN_PART || count > 0 && (partLast[lexeme] == MAX_POSITION
                        || partLast[lexeme] == at)) {
                    continue;
                }
                partCount[lexeme] = count + 1;
                partLast[lexeme] = at;
                if (found == partLexemes.length) {
                    partLexemes = Arrays.copyOf(partLexemes, found * 2);
                    partPositions = Arrays.copyOf(partPositions, found * 2);
                }
                partLexemes[found] = lexeme;
                partPositions[found] = at;
                found++;
            }
            return found;
        }
    }
}
