package news.dateline.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import news.dateline.article.PublishedArticles;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import news.dateline.article.ArticleSummary;
import news.dateline.platform.PageRenderer;
import news.dateline.platform.Permalinks;
import news.dateline.platform.Settings;

/**
 * Writes RSS 2.0 and Atom 1.0 for a listing: the latest articles with their full lead, and the
 * photo as an enclosure (with Media RSS credit and caption); the story in the breaking-news banner carries
 * a "Breaking news" category while it is up. All text goes through an XML writer,
 * so nothing needs escaping by hand.
 */
@ApplicationScoped
class Feeds {

    static final int SIZE = 50;
    /** How many of a live story's newest updates a feed lists, each as an item of its own. */
    static final int UPDATES_PER_STORY = 10;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    /** Dublin Core: each item's own language ({@code dc:language}), which may differ from the channel's. */
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    @Inject
    Permalinks links;

    @Inject
    Settings settings;

    @Inject
    SitePages sitePages;

    String rss(String baseUrl, String title, String listingPath, List<ArticleSummary> items,
               Map<Long, List<PublishedArticles.FeedUpdate>> updates) {
        Long breaking = sitePages.breakingArticleId();
        return XmlDocument.write(xml -> {
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", ATOM);
            xml.writeNamespace("media", MEDIA);
            xml.writeNamespace("dc", DC);
            xml.writeStartElement("channel");
            XmlDocument.element(xml, "title", title + " — " + settings.siteName());
            XmlDocument.element(xml, "link", baseUrl + listingPath);
            XmlDocument.element(xml, "description", PageRenderer.message("feed.description", title, settings.siteName()));
            XmlDocument.element(xml, "language", settings.siteLanguage().code());
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", baseUrl + links.feed(listingPath, "rss"));
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            if (!items.isEmpty()) {
                XmlDocument.element(xml, "lastBuildDate", rfc822(newest(items)));
            }
            for (FeedEntry entry : entries(items, updates)) {
                ArticleSummary item = entry.item();
                String url = baseUrl + links.article(item.publishedAt(), item.slug());
                if (entry.update() != null) {
                    PublishedArticles.FeedUpdate update = entry.update();
                    String anchor = url + "#update-" + update.id();
                    xml.writeStartElement("item");
                    itemHead(xml, PageRenderer.message("live.feedTitle", item.headline()), anchor, update.text(),
                            item.language());
                    XmlDocument.element(xml, "category", item.sectionName());
                    XmlDocument.element(xml, "pubDate", rfc822(update.postedAt()));
                    xml.writeEndElement();
                    continue;
                }
                xml.writeStartElement("item");
                itemHead(xml, item.headline(), url, item.lead(), item.language());
                XmlDocument.element(xml, "category", item.sectionName());
                if (Long.valueOf(item.id()).equals(breaking)) {
                    XmlDocument.element(xml, "category", PageRenderer.message("breaking.label"));
                }
                XmlDocument.element(xml, "pubDate", rfc822(item.publishedAt()));
                if (item.photoId() != null) {
                    String photo = baseUrl + links.photo(item.photoId(), extension(item));
                    xml.writeEmptyElement("enclosure");
                    xml.writeAttribute("url", photo);
                    xml.writeAttribute("length", String.valueOf(item.photoByteSize()));
                    xml.writeAttribute("type", item.photoMimeType());
                    xml.writeStartElement("media", "content", MEDIA);
                    xml.writeAttribute("url", photo);
                    xml.writeAttribute("type", item.photoMimeType());
                    xml.writeAttribute("medium", "image");
                    mediaText(xml, item);
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /** An RSS item's title, its link (also its permanent guid), its description and its own language. */
    private static void itemHead(XMLStreamWriter xml, String title, String link, String description,
                                 String language) throws XMLStreamException {
        XmlDocument.element(xml, "title", title);
        XmlDocument.element(xml, "link", link);
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "true");
        xml.writeCharacters(link);
        xml.writeEndElement();
        XmlDocument.element(xml, "description", description);
        xml.writeStartElement("dc", "language", DC);
        xml.writeCharacters(language);
        xml.writeEndElement();
    }

    String atom(String baseUrl, String title, String listingPath, List<ArticleSummary> items,
                Map<Long, List<PublishedArticles.FeedUpdate>> updates) {
        Long breaking = sitePages.breakingArticleId();
        return XmlDocument.write(xml -> {
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeNamespace("media", MEDIA);
            XmlDocument.element(xml, "title", title + " — " + settings.siteName());
            XmlDocument.element(xml, "id", baseUrl + links.feed(listingPath, "atom"));
            XmlDocument.element(xml, "updated", items.isEmpty() ? iso(Instant.EPOCH) : iso(newest(items)));
            link(xml, baseUrl + links.feed(listingPath, "atom"), "self", "application/atom+xml");
            link(xml, baseUrl + listingPath, "alternate", "text/html");
            xml.writeStartElement("author");
            XmlDocument.element(xml, "name", settings.siteName());
            xml.writeEndElement();
            for (FeedEntry entry : entries(items, updates)) {
                ArticleSummary item = entry.item();
                String url = baseUrl + links.article(item.publishedAt(), item.slug());
                if (entry.update() != null) {
                    PublishedArticles.FeedUpdate update = entry.update();
                    String anchor = url + "#update-" + update.id();
                    xml.writeStartElement("entry");
                    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", item.language());
                    XmlDocument.element(xml, "title", PageRenderer.message("live.feedTitle", item.headline()));
                    XmlDocument.element(xml, "id", anchor);
                    link(xml, anchor, "alternate", "text/html");
                    XmlDocument.element(xml, "published", iso(update.postedAt()));
                    XmlDocument.element(xml, "updated", iso(update.postedAt()));
                    xml.writeStartElement("author");
                    XmlDocument.element(xml, "name", update.postedBy());
                    xml.writeEndElement();
                    xml.writeStartElement("summary");
                    xml.writeAttribute("type", "text");
                    xml.writeCharacters(update.text());
                    xml.writeEndElement();
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", item.sectionName());
                    xml.writeEndElement();
                    continue;
                }
                xml.writeStartElement("entry");
                xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", item.language());
                XmlDocument.element(xml, "title", item.headline());
                XmlDocument.element(xml, "id", url);
                link(xml, url, "alternate", "text/html");
                XmlDocument.element(xml, "published", iso(item.publishedAt()));
                XmlDocument.element(xml, "updated", iso(item.updatedAt().isAfter(item.publishedAt()) ? item.updatedAt()
                        : item.publishedAt()));
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(item.lead());
                xml.writeEndElement();
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", item.sectionName());
                if (Long.valueOf(item.id()).equals(breaking)) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", "breaking");
                    xml.writeAttribute("label", PageRenderer.message("breaking.label"));
                }
                if (item.photoId() != null) {
                    String photo = baseUrl + links.photo(item.photoId(), extension(item));
                    xml.writeEmptyElement("link");
                    xml.writeAttribute("rel", "enclosure");
                    xml.writeAttribute("href", photo);
                    xml.writeAttribute("type", item.photoMimeType());
                    xml.writeAttribute("length", String.valueOf(item.photoByteSize()));
                    xml.writeStartElement("media", "content", MEDIA);
                    xml.writeAttribute("url", photo);
                    xml.writeAttribute("medium", "image");
                    mediaText(xml, item);
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** A story, or one of its live updates, as one item of a feed. */
    private record FeedEntry(ArticleSummary item, PublishedArticles.FeedUpdate update, Instant at) {
    }

    /** The stories and their updates, newest first, each update an item of its own. */
    private static List<FeedEntry> entries(List<ArticleSummary> items, Map<Long, List<PublishedArticles.FeedUpdate>> updates) {
        List<FeedEntry> entries = new java.util.ArrayList<>();
        for (ArticleSummary item : items) {
            entries.add(new FeedEntry(item, null, item.publishedAt()));
            updates.getOrDefault(item.id(), List.of()).forEach(u -> entries.add(new FeedEntry(item, u, u.postedAt())));
        }
        entries.sort(java.util.Comparator.comparing(FeedEntry::at).reversed());
        return entries;
    }

    private static void mediaText(XMLStreamWriter xml, ArticleSummary item) throws XMLStreamException {
        if (item.photoAlt() != null && !item.photoAlt().isBlank()) {
            xml.writeStartElement("media", "description", MEDIA);
            xml.writeCharacters(item.photoAlt());
            xml.writeEndElement();
        }
        if (item.photoCredit() != null && !item.photoCredit().isBlank()) {
            xml.writeStartElement("media", "credit", MEDIA);
            xml.writeCharacters(item.photoCredit());
            xml.writeEndElement();
        }
    }

    private static String extension(ArticleSummary item) {
        return news.dateline.media.ImageType.ofMimeType(item.photoMimeType()).extension();
    }

    private static Instant newest(List<ArticleSummary> items) {
        return items.stream().map(i -> i.updatedAt().isAfter(i.publishedAt()) ? i.updatedAt() : i.publishedAt())
                .max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    private static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }


    private static void link(XMLStreamWriter xml, String href, String rel, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", href);
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
    }

}
