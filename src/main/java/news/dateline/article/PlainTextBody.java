package news.dateline.article;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;

/**
 * A body pasted as plain text (a wire story, say) keeps its paragraphs: each block of text
 * separated by a blank line, or each line when there are no blank lines, becomes a paragraph.
 * A body that already has markup is left to the sanitizer.
 */
public final class PlainTextBody {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*(p|h2|h3|blockquote|ul|ol|li|a|strong|em|b|i|br)\\b",
            Pattern.CASE_INSENSITIVE);

    private PlainTextBody() {
    }

    public static String toHtml(String body) {
        if (body == null || body.isBlank() || MARKUP.matcher(body).find()) {
            return body == null ? "" : body;
        }
        String normalized = body.replace("\r\n", "\n").replace('\r', '\n').strip();
        String separator = normalized.contains("\n\n") ? "\\n\\s*\\n" : "\\n";
        return Arrays.stream(normalized.split(separator))
                .map(paragraph -> paragraph.strip().replaceAll("\\s*\\n\\s*", " "))
                .filter(paragraph -> !paragraph.isEmpty())
                .map(paragraph -> "<p>" + Entities.escape(paragraph) + "</p>")
                .collect(Collectors.joining());
    }
}
