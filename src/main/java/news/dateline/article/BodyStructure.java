package news.dateline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import news.dateline.media.Credit;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The body's document model, applied to markup that has passed the allow-list: the same content
 * model the visual editor's schema has, so what is stored is what the editor would write.
 * <ul>
 *   <li>the body holds paragraphs, sub-headings, quotes, lists and photos; loose text becomes a paragraph;</li>
 *   <li>a quote holds paragraphs, sub-headings and lists; a list holds items; an item starts with a
 *       paragraph, followed by paragraphs and lists;</li>
 *   <li>paragraphs and sub-headings hold text, bold, italic, links and line breaks; whitespace is
 *       collapsed as a browser shows it; empty ones go;</li>
 *   <li>a photo is {@code <figure data-photo="N">} with an optional caption and credit
 *       ({@code <figcaption>Caption <small>Credit</small></figcaption>}), the credit without the "©",
 *       "(c)" or "Copyright" typed before it, as a main photo's ({@link Credit}).</li>
 * </ul>
 */
final class BodyStructure {

    private static final Set<String> INLINE = Set.of("strong", "em", "a", "br", "small");
    private static final Set<String> MARKS = Set.of("strong", "em", "a");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");

    private enum Place { TOP, QUOTE, ITEM }

    private BodyStructure() {
    }

    static void canonical(Element body) {
        container(body, Place.TOP);
    }

    private static void container(Element parent, Place place) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(parent.childNodes())) {
            if (isInline(child)) {
                run.add(child);
                continue;
            }
            paragraphOf(run, place);
            run.clear();
            if (child instanceof Element element) {
                block(element, place);
            } else {
                child.remove();
            }
        }
        paragraphOf(run, place);
    }

    private static void block(Element element, Place place) {
        switch (element.normalName()) {
            case "p", "h2", "h3" -> {
                if (place == Place.ITEM) {
                    element.tagName("p");
                }
                textblock(element);
                if (isEmpty(element)) {
                    element.remove();
                }
            }
            case "blockquote" -> {
                container(element, place == Place.TOP ? Place.QUOTE : place);
                if (place != Place.TOP) {
                    element.unwrap();
                } else if (element.childNodeSize() == 0) {
                    element.remove();
                }
            }
            case "ul", "ol" -> list(element);
            case "li" -> {
                Element list = new Element("ul");
                element.before(list);
                list.appendChild(element);
                list(list);
            }
            case "figure" -> {
                if (place == Place.TOP) {
                    figure(element);
                } else {
                    element.remove();
                }
            }
            default -> {
                element.tagName("p");
                element.clearAttributes();
                block(element, place);
            }
        }
    }

    private static void paragraphOf(List<Node> run, Place place) {
        if (run.isEmpty()) {
            return;
        }
        if (run.stream().allMatch(node -> node instanceof TextNode text && text.isBlank())) {
            run.forEach(Node::remove);
            return;
        }
        Element paragraph = new Element("p");
        run.get(0).before(paragraph);
        run.forEach(paragraph::appendChild);
        block(paragraph, place);
    }

    private static void list(Element list) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(list.childNodes())) {
            if (child instanceof Element element && element.normalName().equals("li")) {
                itemOf(run);
                run.clear();
                item(element);
            } else {
                run.add(child);
            }
        }
        itemOf(run);
        if (list.children().isEmpty()) {
            list.remove();
        }
        list.clearAttributes();
    }

    private static void itemOf(List<Node> run) {
        if (run.isEmpty()) {
            return;
        }
        if (run.stream().allMatch(node -> node instanceof TextNode text && text.isBlank())) {
            run.forEach(Node::remove);
            return;
        }
        Element item = new Element("li");
        run.get(0).before(item);
        run.forEach(item::appendChild);
        item(item);
    }

    private static void item(Element item) {
        container(item, Place.ITEM);
        Element first = item.firstElementChild();
        if (first == null || !first.normalName().equals("p")) {
            item.prependChild(new Element("p"));
        }
    }

    private static void figure(Element figure) {
        String id = figure.attr("data-photo").strip();
        if (!PHOTO_NUMBER.matcher(id).matches()) {
            figure.remove();
            return;
        }
        Element figcaption = figure.selectFirst("figcaption");
        String caption = "";
        String credit = "";
        if (figcaption != null) {
            credit = credit(figcaption);
            caption = caption(figcaption);
        }
        caption = collapse(caption);
        credit = Credit.withoutSign(collapse(credit)).strip();
        figure.empty();
        figure.clearAttributes();
        figure.attr("data-photo", Long.toString(Long.parseLong(id)));
        if (!caption.isEmpty() || !credit.isEmpty()) {
            Element newCaption = figure.appendElement("figcaption");
            if (!caption.isEmpty()) {
                newCaption.appendText(caption);
            }
            if (!credit.isEmpty()) {
                if (!caption.isEmpty()) {
                    newCaption.appendText(" ");
                }
                newCaption.appendElement("small").text(credit);
            }
        }
    }

    /** Paragraphs and sub-headings: inline content only, canonical marks and whitespace. */
    private static void textblock(Element block) {
        block.clearAttributes();
        flatten(block);
        marks(block);
        whitespace(block);
        removeEmpty(block);
        Node end = block.childNodeSize() == 0 ? null : block.childNode(block.childNodeSize() - 1);
        while (end instanceof Element element && element.normalName().equals("br")) {
            element.remove();
            end = block.childNodeSize() == 0 ? null : block.childNode(block.childNodeSize() - 1);
        }
        whitespace(block);
        removeEmpty(block);
        merge(block);
    }

    /** Blocks inside a paragraph give up their content to it. */
    private static void flatten(Element element) {
        for (Element child : new ArrayList<>(element.children())) {
            flatten(child);
            if (!INLINE.contains(child.normalName())) {
                if (child.normalName().equals("figure")) {
                    child.remove();
                } else {
                    child.unwrap();
                }
            }
        }
    }

    private static void marks(Element element) {
        for (Element child : new ArrayList<>(element.children())) {
            marks(child);
            String name = child.normalName();
            boolean unwrap = switch (name) {
                case "small" -> true;
                case "a" -> !child.hasAttr("href") || child.parents().stream().anyMatch(p -> p.normalName().equals("a"));
                case "strong", "em" -> child.parents().stream().anyMatch(p -> p.normalName().equals(name))
                        || child.text().isBlank() && child.select("br").isEmpty();
                default -> false;
            };
            if (unwrap) {
                child.unwrap();
            } else if (!name.equals("a")) {
                child.clearAttributes();
            }
        }
    }

    /** Whitespace as a browser, and the editor, reads it: runs collapsed, none at the start or end, or after a break. */
    private static void whitespace(Element block) {
        List<Node> nodes = new ArrayList<>();
        block.traverse((node, depth) -> {
            if (node instanceof TextNode || node instanceof Element element && element.normalName().equals("br")) {
                nodes.add(node);
            }
        });
        boolean atBreak = true;
        TextNode lastText = null;
        for (Node node : nodes) {
            if (node instanceof TextNode text) {
                String value = SPACES.matcher(text.getWholeText()).replaceAll(" ");
                if (atBreak && value.startsWith(" ")) {
                    value = value.substring(1);
                }
                text.text(value);
                if (!value.isEmpty()) {
                    atBreak = value.endsWith(" ");
                    lastText = text;
                }
            } else {
                atBreak = true;
                lastText = null;
            }
        }
        if (lastText != null && lastText.getWholeText().endsWith(" ")) {
            String value = lastText.getWholeText();
            lastText.text(value.substring(0, value.length() - 1));
        }
    }

    private static void removeEmpty(Element element) {
        for (Node child : new ArrayList<>(element.childNodes())) {
            if (child instanceof TextNode text && text.getWholeText().isEmpty()) {
                text.remove();
            } else if (child instanceof Element inner && MARKS.contains(inner.normalName())) {
                removeEmpty(inner);
                if (inner.childNodeSize() == 0) {
                    inner.remove();
                }
            }
        }
    }

    /** Neighbouring runs with the same mark become one, as the editor writes them. */
    private static void merge(Element element) {
        int i = 0;
        while (i < element.childNodeSize()) {
            Node node = element.childNode(i);
            Node next = i + 1 < element.childNodeSize() ? element.childNode(i + 1) : null;
            if (node instanceof Element current && next instanceof Element following
                    && MARKS.contains(current.normalName()) && current.normalName().equals(following.normalName())
                    && current.attributes().equals(following.attributes())) {
                for (Node moved : new ArrayList<>(following.childNodes())) {
                    current.appendChild(moved);
                }
                following.remove();
                continue;
            }
            if (node instanceof TextNode text && next instanceof TextNode nextText) {
                text.text(text.getWholeText() + nextText.getWholeText());
                nextText.remove();
                continue;
            }
            if (node instanceof Element current) {
                merge(current);
            }
            i++;
        }
    }

    /** The caption of a photo: the text of its figcaption without the credit. */
    static String caption(Element figcaption) {
        StringBuilder text = new StringBuilder();
        figcaption.traverse((node, depth) -> {
            if (node instanceof TextNode textNode && textNode.parent() != null
                    && textNode.parent().closest("small") == null) {
                text.append(textNode.getWholeText());
            }
        });
        return collapse(text.toString());
    }

    /** The credit of a photo: the text of the {@code small} in its figcaption. */
    static String credit(Element figcaption) {
        return collapse(String.join(" ", figcaption.select("small").eachText()));
    }

    private static boolean isInline(Node node) {
        return node instanceof TextNode || node instanceof Element element && INLINE.contains(element.normalName());
    }

    private static boolean isEmpty(Element block) {
        return block.text().replace('\u00a0', ' ').isBlank() && block.select("br").isEmpty();
    }

    private static final Pattern ANY_SPACES = Pattern.compile("\\s+");
    private static final Pattern PHOTO_NUMBER = Pattern.compile("[0-9]{1,18}");

    private static String collapse(String text) {
        return ANY_SPACES.matcher(text.replace('\u00a0', ' ')).replaceAll(" ").strip();
    }
}
