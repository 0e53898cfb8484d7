package news.dateline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The body as a writer types it without JavaScript: plain text in which a blank line always
 * separates paragraphs, whatever markup the rest holds, with a light syntax (the editor page and
 * the README describe it):
 * <pre>
 * ## Sub-heading            ### Smaller sub-heading
 * &gt; A quoted paragraph      (every line of the quote starts with &gt;)
 * - An item of a list       1. An item of a numbered list
 * **bold**, _italic_, [a link](https://example.org), a line ending in \ breaks the line
 * ![Caption](photo:12 "Credit")   a photo from the library, by its number
 * </pre>
 * HTML still works: a block that starts with a tag such as {@code <p>} or {@code <h2>} is kept as
 * it is (except that a blank line inside it separates paragraphs there too), and inline tags
 * ({@code <a href>}, {@code <strong>}...) inside a paragraph too. A body
 * without any blank line (wire copy) makes a paragraph of each line. A backslash before a character
 * of the syntax keeps it as text.
 *
 * <p>{@link #toText} writes a stored body in this syntax; reading that text back gives the same
 * body (each block is checked, and a block the syntax cannot say is written as HTML).
 */
public final class PlainTextBody {

    private static final Pattern HTML_BLOCK = Pattern.compile("^\\s{0,3}<(/?)(p|h[1-6]|blockquote|ul|ol|li|figure"
            + "|figcaption|div|table|pre|section|article|header|footer|aside|nav|hr|dl|address|center|main|form"
            + "|details|hgroup)(?=[\\s>/])", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})[ \\t]+(.*)$");
    private static final Pattern QUOTE = Pattern.compile("^>[ \\t]?(.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-*][ \\t]+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,9}[.)][ \\t]+(.*)$");
    private static final Pattern PHOTO = Pattern.compile(
            "^!\\[((?:\\\\.|[^\\]\\\\])*)]\\(photo:(\\d{1,18})(?:[ \\t]+\"((?:\\\\.|[^\"\\\\])*)\")?\\)[ \\t]*$");
    private static final Pattern INLINE_TAG = Pattern.compile(
            "</?(a|strong|em|b|i|br|span|small|u|sup|sub)(\\s[^<>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern LINK_URL = Pattern.compile("^(https?://|mailto:)\\S+$", Pattern.CASE_INSENSITIVE);
    private static final java.util.Map<String, Pattern> OPEN_TAGS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, Pattern> CLOSE_TAGS = new java.util.concurrent.ConcurrentHashMap<>();
    /** How far ahead the end of an HTML block, or of bold, italic or a link, is looked for. */
    private static final int LOOKAHEAD_LINES = 500;
    private static final int LOOKAHEAD_CHARACTERS = 2000;
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \\t\\f\\r\\x0B]*\n\\s*");
    /** Elements split in two where a blank line falls inside them: text blocks and inline markup. */
    private static final java.util.Set<String> SPLIT = java.util.Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "a",
            "strong", "em", "b", "i", "span", "small", "u", "sup", "sub", "font", "cite", "mark", "ins", "code", "s");
    /** Elements whose own text is not the body's: a blank line between their children separates nothing. */
    private static final java.util.Set<String> NO_PARAGRAPHS = java.util.Set.of("ul", "ol", "table", "thead", "tbody",
            "tfoot", "tr", "dl", "figure", "figcaption");
    private static final String ESCAPABLE = "\\`*_{}[]()#+-.!>|\"<&~";

    private PlainTextBody() {
    }

    /** The body as it would be stored: the HTML of what was typed, sanitized. */
    public static String html(String typed) {
        return BodySanitizer.sanitize(toHtml(typed));
    }

    /** The HTML of a typed body (plain text, the syntax above, HTML, or a mix), still to be sanitized. */
    public static String toHtml(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = List.of(text.split("\n", -1));
        boolean blankLines = text.strip().lines().anyMatch(String::isBlank);
        return blocks(lines, blankLines);
    }

    private static String blocks(List<String> lines, boolean blankLines) {
        StringBuilder html = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
                continue;
            }
            Matcher htmlBlock = HTML_BLOCK.matcher(line);
            if (htmlBlock.find()) {
                int end = htmlBlockEnd(lines, i, htmlBlock.group(2).toLowerCase(Locale.ROOT), !htmlBlock.group(1).isEmpty());
                html.append(paragraphsApart(String.join("\n", lines.subList(i, end)))).append('\n');
                i = end;
                continue;
            }
            Matcher heading = HEADING.matcher(line.strip());
            if (heading.matches()) {
                String tag = heading.group(1).length() <= 2 ? "h2" : "h3";
                html.append('<').append(tag).append('>').append(inline(heading.group(2).strip())).append("</")
                        .append(tag).append('>');
                i++;
                continue;
            }
            if (QUOTE.matcher(line).matches()) {
                List<String> quoted = new ArrayList<>();
                while (i < lines.size() && QUOTE.matcher(lines.get(i)).matches()) {
                    Matcher quote = QUOTE.matcher(lines.get(i));
                    quote.matches();
                    quoted.add(quote.group(1));
                    i++;
                }
                html.append("<blockquote>").append(blocks(quoted, true)).append("</blockquote>");
                continue;
            }
            if (PHOTO.matcher(line.strip()).matches()) {
                Matcher photo = PHOTO.matcher(line.strip());
                photo.matches();
                html.append(figure(photo.group(2), unescape(photo.group(1)), photo.group(3) == null ? ""
                        : unescape(photo.group(3))));
                i++;
                continue;
            }
            Pattern itemPattern = BULLET.matcher(line).matches() ? BULLET : NUMBERED.matcher(line).matches() ? NUMBERED
                    : null;
            if (itemPattern != null) {
                String tag = itemPattern == BULLET ? "ul" : "ol";
                html.append('<').append(tag).append('>');
                while (i < lines.size() && itemPattern.matcher(lines.get(i)).matches()) {
                    Matcher item = itemPattern.matcher(lines.get(i));
                    item.matches();
                    StringBuilder itemText = new StringBuilder(item.group(1));
                    i++;
                    while (itemText.toString().endsWith("\\") && i < lines.size() && !lines.get(i).isBlank()
                            && !startsBlock(lines.get(i))) {
                        itemText.append('\n').append(lines.get(i).strip());
                        i++;
                    }
                    html.append("<li><p>").append(inline(itemText.toString().strip())).append("</p></li>");
                }
                html.append("</").append(tag).append('>');
                continue;
            }
            StringBuilder paragraph = new StringBuilder(line.strip());
            i++;
            while (i < lines.size() && !lines.get(i).isBlank() && !startsBlock(lines.get(i))
                    && (blankLines || paragraph.toString().endsWith("\\"))) {
                paragraph.append('\n').append(lines.get(i).strip());
                i++;
            }
            html.append("<p>").append(inline(paragraph.toString())).append("</p>");
        }
        return html.toString();
    }

    private static boolean startsBlock(String line) {
        return HTML_BLOCK.matcher(line).find() || HEADING.matcher(line.strip()).matches()
                || QUOTE.matcher(line).matches() || BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()
                || PHOTO.matcher(line.strip()).matches();
    }

    /**
     * Where an HTML block that starts at line {@code start} ends (exclusive): after the line that
     * closes its first element, or, when it is never closed, at the next blank line.
     */
    private static int htmlBlockEnd(List<String> lines, int start, String tag, boolean closing) {
        if (closing || tag.equals("hr")) {
            return start + 1;
        }
        Pattern open = OPEN_TAGS.computeIfAbsent(tag, name -> Pattern.compile("<" + name + "(?=[\\s>/])",
                Pattern.CASE_INSENSITIVE));
        Pattern close = CLOSE_TAGS.computeIfAbsent(tag, name -> Pattern.compile("</" + name + "\\s*>",
                Pattern.CASE_INSENSITIVE));
        int depth = 0;
        for (int i = start; i < Math.min(lines.size(), start + LOOKAHEAD_LINES); i++) {
            String line = lines.get(i);
            List<int[]> events = new ArrayList<>();
            Matcher opens = open.matcher(line);
            while (opens.find()) {
                events.add(new int[] {opens.start(), 1});
            }
            Matcher closes = close.matcher(line);
            while (closes.find()) {
                events.add(new int[] {closes.start(), -1});
            }
            events.sort((a, b) -> Integer.compare(a[0], b[0]));
            for (int[] event : events) {
                depth += event[1];
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        return end;
    }

    /**
     * An HTML block in which a blank line separates paragraphs, as it does everywhere else: the
     * paragraph, heading or inline markup the blank line falls in is split in two there, and loose
     * text on either side becomes paragraphs of its own (an empty {@code <p>} between them, which
     * the sanitizer drops, keeps them apart). Blank lines between the items of a list or the rows
     * of a table, or in a photo's caption, separate nothing. A block without a blank line is kept
     * exactly as it was typed.
     */
    private static String paragraphsApart(String block) {
        if (!BLANK_LINE.matcher(block).find()) {
            return block;
        }
        org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(block);
        document.outputSettings().prettyPrint(false);
        List<TextNode> texts = new ArrayList<>();
        document.body().traverse((node, depth) -> {
            if (node instanceof TextNode text && BLANK_LINE.matcher(text.getWholeText()).find()) {
                texts.add(text);
            }
        });
        for (TextNode text : texts) {
            Element parent = (Element) text.parent();
            if (parent == null || NO_PARAGRAPHS.contains(parent.normalName()) || parent.closest("figure") != null) {
                continue;
            }
            String[] parts = BLANK_LINE.split(text.getWholeText(), -1);
            TextNode at = text;
            at.text(parts[0]);
            for (int k = 1; k < parts.length; k++) {
                TextNode next = new TextNode(parts[k]);
                at.after(next);
                splitBefore(next);
                at = next;
            }
        }
        return document.body().html();
    }

    /**
     * Splits the text blocks and inline elements around {@code node} so that it starts a new one,
     * up to the nearest container (the body, a quote, an item, a div...), where an empty paragraph
     * is put before the part that follows.
     */
    private static void splitBefore(Node node) {
        Node first = node;
        Element parent = (Element) first.parent();
        while (parent != null && SPLIT.contains(parent.normalName())) {
            Element after = parent.shallowClone();
            parent.after(after);
            List<Node> moved = new ArrayList<>(parent.childNodes().subList(first.siblingIndex(), parent.childNodeSize()));
            for (Node child : moved) {
                after.appendChild(child);
            }
            first = after;
            parent = (Element) after.parent();
        }
        first.before(new Element("p"));
    }

    private static String figure(String id, String caption, String credit) {
        Element figure = new Element("figure").attr("data-photo", id);
        if (!caption.isBlank() || !credit.isBlank()) {
            Element figcaption = figure.appendElement("figcaption").appendText(caption.strip());
            if (!credit.isBlank()) {
                figcaption.appendText(" ").appendElement("small").text(credit.strip());
            }
        }
        return figure.outerHtml();
    }

    /** The inline syntax of one block's text. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < length && text.charAt(i + 1) == '\n') {
                out.append("<br>");
                i += 2;
                continue;
            }
            if (c == '\\' && i + 1 == length) {
                i++;
                continue;
            }
            if (c == '\\' && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
                out.append(escape(text.charAt(i + 1)));
                i += 2;
                continue;
            }
            if (c == '\n') {
                out.append(' ');
                i++;
                continue;
            }
            if (c == '<') {
                Matcher tag = INLINE_TAG.matcher(text).region(i, length);
                if (tag.lookingAt()) {
                    out.append(tag.group());
                    i = tag.end();
                    continue;
                }
            }
            if (c == '&') {
                Matcher entity = ENTITY.matcher(text).region(i, length);
                if (entity.lookingAt()) {
                    out.append(entity.group());
                    i = entity.end();
                    continue;
                }
            }
            if (c == '*' && text.startsWith("**", i) && canOpen(text, i, 2)) {
                int close = closing(text, i + 2, "**");
                if (close > 0) {
                    out.append("<strong>").append(inline(text.substring(i + 2, close))).append("</strong>");
                    i = close + 2;
                    continue;
                }
            }
            if (c == '_' && canOpen(text, i, 1)) {
                int close = closing(text, i + 1, "_");
                if (close > 0) {
                    out.append("<em>").append(inline(text.substring(i + 1, close))).append("</em>");
                    i = close + 1;
                    continue;
                }
            }
            if (c == '[') {
                int end = link(text, i, out);
                if (end > 0) {
                    i = end;
                    continue;
                }
            }
            out.append(escape(c));
            i++;
        }
        return out.toString();
    }

    private static boolean canOpen(String text, int at, int width) {
        if (at + width >= text.length() || Character.isWhitespace(text.charAt(at + width))) {
            return false;
        }
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static int closing(String text, int from, String delimiter) {
        for (int j = from; j < Math.min(text.length(), from + LOOKAHEAD_CHARACTERS); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
                continue;
            }
            if (text.startsWith(delimiter, j) && j > from && !Character.isWhitespace(text.charAt(j - 1))) {
                int after = j + delimiter.length();
                if (after >= text.length() || !Character.isLetterOrDigit(text.charAt(after))
                        && !(delimiter.equals("**") && text.charAt(after) == '*')) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** {@code [text](url "title")} at {@code start}: appends the link and returns where it ends, or -1. */
    private static int link(String text, int start, StringBuilder out) {
        int depth = 0;
        int labelEnd = -1;
        for (int j = start; j < Math.min(text.length(), start + LOOKAHEAD_CHARACTERS); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                labelEnd = j;
                break;
            }
        }
        if (labelEnd < 0 || !text.startsWith("(", labelEnd + 1)) {
            return -1;
        }
        int j = labelEnd + 2;
        int parens = 0;
        StringBuilder url = new StringBuilder();
        while (j < Math.min(text.length(), labelEnd + LOOKAHEAD_CHARACTERS)) {
            char c = text.charAt(j);
            if (Character.isWhitespace(c) || c == ')' && parens == 0) {
                break;
            }
            parens += c == '(' ? 1 : c == ')' ? -1 : 0;
            url.append(c);
            j++;
        }
        String title = null;
        int k = j;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k < text.length() && text.charAt(k) == '"') {
            StringBuilder titleText = new StringBuilder();
            int m = k + 1;
            while (m < Math.min(text.length(), k + LOOKAHEAD_CHARACTERS) && text.charAt(m) != '"') {
                if (text.charAt(m) == '\\' && m + 1 < text.length()) {
                    m++;
                }
                titleText.append(text.charAt(m));
                m++;
            }
            if (m >= text.length() || text.charAt(m) != '"') {
                return -1;
            }
            title = titleText.toString();
            k = m + 1;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
        }
        if (k >= text.length() || text.charAt(k) != ')' || !LINK_URL.matcher(url).matches()) {
            return -1;
        }
        Element a = new Element("a").attr("href", url.toString());
        if (title != null) {
            a.attr("title", title);
        }
        String open = a.outerHtml();
        out.append(open, 0, open.length() - "</a>".length()).append(inline(text.substring(start + 1, labelEnd)))
                .append("</a>");
        return k + 1;
    }

    private static String escape(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            default -> String.valueOf(c);
        };
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    // ---- stored body → text --------------------------------------------------------------------

    private enum Escaping { NONE, HTML, FULL }

    /** A body (any HTML; it is sanitized first) in the plain-text syntax, blocks separated by blank lines. */
    public static String toText(String html) {
        String canonical = BodySanitizer.sanitize(html);
        if (canonical.isEmpty()) {
            return "";
        }
        org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(canonical);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        List<String> blocks = new ArrayList<>();
        for (Element block : body.children()) {
            blocks.add(blockText(block));
        }
        return String.join("\n\n", blocks);
    }

    private static String blockText(Element block) {
        String expected = block.outerHtml();
        for (Escaping escaping : Escaping.values()) {
            try {
                String text = syntax(block, escaping);
                if (BodySanitizer.sanitize(toHtml(text)).equals(expected)) {
                    return text;
                }
            } catch (Unsayable e) {
                break;
            }
        }
        return expected;
    }

    /** A block the syntax has no way to write; it is written as HTML. */
    private static final class Unsayable extends Exception {
        Unsayable() {
            super(null, null, false, false);
        }
    }

    private static String syntax(Element block, Escaping escaping) throws Unsayable {
        return switch (block.normalName()) {
            case "p" -> inlineText(block, escaping, true);
            case "h2" -> "## " + inlineText(block, escaping, false);
            case "h3" -> "### " + inlineText(block, escaping, false);
            case "blockquote" -> {
                List<String> inner = new ArrayList<>();
                for (Element child : block.children()) {
                    inner.add(syntax(child, escaping));
                }
                yield String.join("\n\n", inner).lines().map(line -> line.isEmpty() ? ">" : "> " + line)
                        .reduce((a, b) -> a + "\n" + b).orElse(">");
            }
            case "ul", "ol" -> {
                List<String> items = new ArrayList<>();
                int number = 1;
                for (Element item : block.children()) {
                    if (item.children().size() != 1 || !item.child(0).normalName().equals("p")) {
                        throw new Unsayable();
                    }
                    String marker = block.normalName().equals("ul") ? "- " : (number++) + ". ";
                    items.add(marker + inlineText(item.child(0), escaping, false));
                }
                yield String.join("\n", items);
            }
            case "figure" -> {
                Element figcaption = block.selectFirst("figcaption");
                String credit = figcaption == null ? "" : BodyStructure.credit(figcaption);
                String caption = figcaption == null ? "" : BodyStructure.caption(figcaption);
                yield "![" + caption.replace("\\", "\\\\").replace("]", "\\]") + "](photo:" + block.attr("data-photo")
                        + (credit.isEmpty() ? "" : " \"" + credit.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                        + ")";
            }
            default -> throw new Unsayable();
        };
    }

    private static String inlineText(Element element, Escaping escaping, boolean blockStart) throws Unsayable {
        StringBuilder text = new StringBuilder();
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode textNode) {
                text.append(escaped(textNode.getWholeText(), escaping));
            } else if (node instanceof Element inner) {
                switch (inner.normalName()) {
                    case "br" -> text.append("\\\n");
                    case "strong" -> text.append("**").append(inlineText(inner, escaping, false)).append("**");
                    case "em" -> text.append('_').append(inlineText(inner, escaping, false)).append('_');
                    case "a" -> {
                        String href = inner.attr("href");
                        if (href.matches(".*[\\s\"].*")) {
                            throw new Unsayable();
                        }
                        text.append('[').append(inlineText(inner, escaping, false)).append("](").append(href);
                        if (inner.hasAttr("title")) {
                            text.append(" \"").append(inner.attr("title").replace("\\", "\\\\").replace("\"", "\\\""))
                                    .append('"');
                        }
                        text.append(')');
                    }
                    default -> throw new Unsayable();
                }
            }
        }
        String result = text.toString();
        if (blockStart && escaping == Escaping.FULL && !result.isEmpty()) {
            Matcher numbered = Pattern.compile("^(\\d{1,9})([.)])").matcher(result);
            if (numbered.find()) {
                result = numbered.group(1) + "\\" + result.substring(numbered.group(1).length());
            } else if ("#>-+!".indexOf(result.charAt(0)) >= 0) {
                result = "\\" + result;
            }
        }
        return result;
    }

    private static String escaped(String text, Escaping escaping) {
        if (escaping == Escaping.NONE) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (escaping == Escaping.FULL && "\\*_[]".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
