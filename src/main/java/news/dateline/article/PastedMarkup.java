package news.dateline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns markup copied from Word, Google Docs, web pages and wire services into the body's
 * structure before the allow-list runs, so that nothing runs together: Word's list paragraphs
 * become lists (without their typed bullets), Google Docs' bold and italic spans become
 * {@code strong} and {@code em} (and its all-enclosing {@code <b style="font-weight:normal">} is
 * not bold), {@code h1} becomes a sub-heading, {@code div}s, table cells and the like become
 * paragraphs, and comments, styles, scripts, images (tracking pixels included), frames and
 * figures that are not photos from the library go with their content.
 */
final class PastedMarkup {

    private static final Set<String> DROPPED = Set.of("script", "style", "head", "title", "meta", "link", "template",
            "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas", "video",
            "audio", "picture", "source", "track", "img", "image", "input", "button", "select", "option", "textarea",
            "xml", "map", "area", "hr", "wbr", "col", "colgroup", "param", "base", "dialog", "portal");

    /** Elements that are a block of their own: a paragraph when they hold only text, else unwrapped. */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "header", "footer", "main",
            "aside", "nav", "center", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "dl", "dt",
            "dd", "address", "pre", "form", "fieldset", "legend", "details", "summary", "hgroup", "body",
            "search", "menu");

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol",
            "li", "figure", "figcaption", "div", "section", "article", "header", "footer", "main", "aside", "nav",
            "center", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "dl", "dt", "dd", "address",
            "pre", "form", "fieldset", "legend", "details", "summary", "hgroup", "search", "menu");

    private static final Pattern BOLD = Pattern.compile("font-weight\\s*:\\s*(bold(er)?|[5-9]\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_BOLD = Pattern.compile("font-weight\\s*:\\s*(normal|[1-4]\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ITALIC = Pattern.compile("font-style\\s*:\\s*(italic|oblique)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_LIST = Pattern.compile("mso-list\\s*:\\s*l\\d+", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_IGNORED = Pattern.compile("mso-list\\s*:\\s*ignore", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDERED_MARKER = Pattern.compile("^\\(?([0-9]{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]");

    private PastedMarkup() {
    }

    static void normalise(Element body) {
        removeComments(body);
        for (Element element : new ArrayList<>(body.getAllElements())) {
            if (element == body || element.parent() == null) {
                continue;
            }
            String name = element.normalName();
            if (DROPPED.contains(name) || name.startsWith("v:") || name.startsWith("w:") || name.startsWith("m:")
                    || (name.equals("figure") && !element.hasAttr("data-photo"))) {
                element.remove();
            }
        }
        wordLists(body);
        for (Element element : new ArrayList<>(body.getAllElements())) {
            if (element != body && element.parent() != null) {
                inline(element);
            }
        }
        blocks(body);
    }

    private static void removeComments(Node node) {
        for (Node child : new ArrayList<>(node.childNodes())) {
            if (child instanceof Comment || child instanceof DataNode) {
                child.remove();
            } else {
                removeComments(child);
            }
        }
    }

    /** Renames and unwraps inline formatting: b, i, styled spans, Google Docs' wrapper. */
    private static void inline(Element element) {
        String name = element.normalName();
        String style = element.attr("style");
        if (name.equals("b") && (NOT_BOLD.matcher(style).find() || element.id().startsWith("docs-internal-guid"))) {
            element.unwrap();
            return;
        }
        switch (name) {
            case "b" -> element.tagName("strong");
            case "i", "cite", "dfn", "var" -> element.tagName("em");
            case "h1" -> element.tagName("h2");
            case "h4", "h5", "h6" -> element.tagName("h3");
            case "span", "font", "u", "ins", "mark", "sup", "sub" -> {
                boolean bold = BOLD.matcher(style).find();
                boolean italic = ITALIC.matcher(style).find();
                if (bold || italic) {
                    Element wrapper = element;
                    if (bold) {
                        wrapper = wrapChildren(wrapper, "strong");
                    }
                    if (italic) {
                        wrapChildren(wrapper, "em");
                    }
                }
            }
            default -> {
            }
        }
    }

    private static Element wrapChildren(Element element, String tag) {
        Element wrapper = new Element(tag);
        for (Node child : new ArrayList<>(element.childNodes())) {
            wrapper.appendChild(child);
        }
        element.appendChild(wrapper);
        return wrapper;
    }

    /**
     * Word marks a list item as a paragraph with an {@code mso-list} style and types its bullet or
     * number in a span styled {@code mso-list:Ignore}: consecutive such paragraphs become one list,
     * numbered when the first marker is a number or letter, and the typed markers go.
     */
    private static void wordLists(Element body) {
        Element list = null;
        for (Element paragraph : new ArrayList<>(body.select("p"))) {
            boolean item = WORD_LIST.matcher(paragraph.attr("style")).find()
                    || paragraph.className().toLowerCase(Locale.ROOT).startsWith("msolistparagraph");
            if (!item) {
                list = null;
                continue;
            }
            String marker = markerOf(paragraph);
            if (list == null || paragraph.previousElementSibling() != list) {
                list = new Element(ORDERED_MARKER.matcher(marker).find() ? "ol" : "ul");
                paragraph.before(list);
            }
            Element li = new Element("li");
            list.appendChild(li);
            li.appendChild(paragraph);
            paragraph.removeAttr("style").removeAttr("class");
        }
    }

    /** The typed list marker of a Word list paragraph, taken out of its text. */
    private static String markerOf(Element paragraph) {
        for (Element ignored : paragraph.select("[style]")) {
            if (WORD_IGNORED.matcher(ignored.attr("style")).find() && ignored.parent() != null) {
                String marker = ignored.text().strip();
                ignored.remove();
                return marker;
            }
        }
        String text = paragraph.text().strip();
        Matcher ordered = ORDERED_MARKER.matcher(text);
        if (ordered.find() && text.length() > ordered.end() && Character.isWhitespace(text.charAt(ordered.end()))) {
            String rest = text.substring(ordered.end());
            stripLeadingText(paragraph, text.length() - rest.length());
            return ordered.group();
        }
        if (!text.isEmpty() && "·•◦▪§o-–—*".indexOf(text.charAt(0)) >= 0 && text.length() > 1
                && Character.isWhitespace(text.charAt(1))) {
            stripLeadingText(paragraph, 1);
        }
        return "";
    }

    private static void stripLeadingText(Element paragraph, int characters) {
        int left = characters;
        for (TextNode text : allText(paragraph)) {
            String value = text.getWholeText().stripLeading();
            if (value.isEmpty()) {
                text.text("");
                continue;
            }
            int cut = Math.min(left, value.length());
            text.text(value.substring(cut));
            left -= cut;
            if (left <= 0) {
                return;
            }
        }
    }

    private static List<TextNode> allText(Element element) {
        List<TextNode> texts = new ArrayList<>();
        element.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                texts.add(text);
            }
        });
        return texts;
    }

    /**
     * Containers (bottom-up): one that holds another block is unwrapped, so its blocks stand on
     * their own; one that holds only text and inline markup becomes a paragraph. Preformatted
     * text keeps its line breaks.
     */
    private static void blocks(Element element) {
        for (Element child : new ArrayList<>(element.children())) {
            blocks(child);
        }
        String name = element.normalName();
        if (!CONTAINERS.contains(name) || name.equals("body")) {
            return;
        }
        if (name.equals("pre")) {
            for (TextNode text : allText(element)) {
                String[] lines = text.getWholeText().split("\r?\n", -1);
                if (lines.length > 1) {
                    Node at = text;
                    for (int i = 0; i < lines.length; i++) {
                        if (i > 0) {
                            Element br = new Element("br");
                            at.after(br);
                            at = br;
                        }
                        TextNode line = new TextNode(lines[i]);
                        at.after(line);
                        at = line;
                    }
                    text.remove();
                }
            }
        }
        boolean holdsBlocks = element.children().stream().anyMatch(child -> BLOCKS.contains(child.normalName()));
        if (holdsBlocks || element.text().isBlank() && element.select("br").isEmpty()) {
            if (holdsBlocks) {
                separateInlineRuns(element);
            }
            element.unwrap();
        } else {
            element.tagName("p");
            element.clearAttributes();
        }
    }

    /** Text next to blocks inside an unwrapped container becomes a paragraph of its own. */
    private static void separateInlineRuns(Element container) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(container.childNodes())) {
            if (child instanceof Element element && BLOCKS.contains(element.normalName())) {
                wrap(run);
                run.clear();
            } else {
                run.add(child);
            }
        }
        wrap(run);
    }

    private static void wrap(List<Node> run) {
        boolean blank = run.stream().allMatch(node -> node instanceof TextNode text && text.isBlank());
        if (run.isEmpty() || blank) {
            return;
        }
        Element paragraph = new Element("p");
        run.get(0).before(paragraph);
        run.forEach(paragraph::appendChild);
    }
}
