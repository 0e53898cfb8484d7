package news.dateline.site;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import news.dateline.article.PublishedArticles.SitemapEntry;
import news.dateline.article.PublishedArticles;
import news.dateline.platform.CacheTag;
import news.dateline.platform.CachedResponses;
import news.dateline.platform.Permalinks;
import news.dateline.platform.Settings;
import news.dateline.section.SectionService;

/**
 * {@code robots.txt}, the sitemap index with its pages (articles by id range, so any page is as
 * quick as the first), and the Google News sitemap of the last two days (at most 1,000 articles).
 */
@Path("/")
public class SitemapResource {

    @jakarta.inject.Inject
    news.dateline.platform.NewsroomClock clock;

    static final int CHUNK = 10_000;
    static final int NEWS_LIMIT = 1000;
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final MediaType XML = MediaType.valueOf("application/xml;charset=UTF-8");

    @Inject
    PublishedArticles articles;

    @Inject
    SectionService sections;

    @Inject
    Permalinks links;

    @Inject
    Settings settings;

    @Inject
    SiteGeneration generation;

    @Inject
    PageTags pageTags;

    @GET
    @Path("robots.txt")
    public Response robots(@Context UriInfo uri, @Context Request request) {
        String base = links.base();
        pageTags.add(CacheTag.SITEMAP);
        String text = "User-agent: *\nDisallow: /newsroom/\nDisallow: /search\n\nSitemap: " + base + "/sitemap.xml\n"
                + "Sitemap: " + base + "/news-sitemap.xml\n";
        return CachedResponses.conditional(request, text.getBytes(StandardCharsets.UTF_8),
                MediaType.valueOf("text/plain;charset=UTF-8"), generation.lastChange(),
                CachedResponses.PUBLIC_PAGE_CACHE);
    }

    @GET
    @Path("sitemap.xml")
    public Response index(@Context UriInfo uri, @Context Request request) {
        String base = links.base();
        Map<Long, Instant> chunks = articles.sitemapChunks(CHUNK);
        return xml(request, XmlDocument.write(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeStartElement("sitemap");
            XmlDocument.element(xml, "loc", base + "/sitemaps/sections.xml");
            xml.writeEndElement();
            for (Map.Entry<Long, Instant> chunk : chunks.entrySet()) {
                xml.writeStartElement("sitemap");
                XmlDocument.element(xml, "loc", base + "/sitemaps/articles-" + chunk.getKey() + ".xml");
                XmlDocument.element(xml, "lastmod", iso(chunk.getValue()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }));
    }

    @GET
    @Path("sitemaps/sections.xml")
    public Response sectionPages(@Context UriInfo uri, @Context Request request) {
        String base = links.base();
        return xml(request, XmlDocument.write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            url(xml, base + links.home(), null);
            url(xml, base + links.allNews(), null);
            for (var section : sections.publicNavigation()) {
                url(xml, base + links.section(section.slug()), null);
            }
            xml.writeEndElement();
        }));
    }

    @GET
    @Path("sitemaps/articles-{chunk:\\d{1,9}}.xml")
    public Response articlePages(@PathParam("chunk") long chunk, @Context UriInfo uri, @Context Request request) {
        List<SitemapEntry> entries = articles.sitemapChunk(chunk, CHUNK);
        if (entries.isEmpty()) {
            throw new NotFoundException();
        }
        String base = links.base();
        return xml(request, XmlDocument.write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            if (entries.stream().anyMatch(e -> e.translation() != null)) {
                xml.writeNamespace("xhtml", XHTML_NS);
            }
            for (SitemapEntry entry : entries) {
                String loc = base + links.article(entry.publishedAt(), entry.slug());
                xml.writeStartElement("url");
                XmlDocument.element(xml, "loc", loc);
                if (entry.updatedAt() != null) {
                    XmlDocument.element(xml, "lastmod", iso(entry.updatedAt()));
                }
                if (entry.translation() != null) {
                    // every language version, this one included, as search engines ask
                    alternate(xml, entry.language(), loc);
                    alternate(xml, entry.translation().language(),
                            base + links.article(entry.translation().publishedAt(), entry.translation().slug()));
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }));
    }

    @GET
    @Path("news-sitemap.xml")
    public Response news(@Context UriInfo uri, @Context Request request) {
        String base = links.base();
        List<SitemapEntry> recent = articles.publishedSince(clock.now().minus(Duration.ofDays(2)), NEWS_LIMIT);
        return xml(request, XmlDocument.write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            for (SitemapEntry entry : recent) {
                xml.writeStartElement("url");
                XmlDocument.element(xml, "loc", base + links.article(entry.publishedAt(), entry.slug()));
                xml.writeStartElement("news", "news", NEWS_NS);
                xml.writeStartElement("news", "publication", NEWS_NS);
                newsElement(xml, "name", settings.siteName());
                newsElement(xml, "language", entry.language());
                xml.writeEndElement();
                newsElement(xml, "publication_date", iso(entry.publishedAt()));
                newsElement(xml, "title", entry.headline());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }));
    }

    private Response xml(Request request, String xml) {
        pageTags.add(CacheTag.SITEMAP);
        return CachedResponses.conditional(request, xml.getBytes(StandardCharsets.UTF_8), XML,
                generation.lastChange(), CachedResponses.PUBLIC_PAGE_CACHE);
    }

    private static void url(XMLStreamWriter xml, String loc, Instant lastmod) throws XMLStreamException {
        xml.writeStartElement("url");
        XmlDocument.element(xml, "loc", loc);
        if (lastmod != null) {
            XmlDocument.element(xml, "lastmod", iso(lastmod));
        }
        xml.writeEndElement();
    }


    private static void alternate(XMLStreamWriter xml, String language, String href) throws XMLStreamException {
        xml.writeEmptyElement("xhtml", "link", XHTML_NS);
        xml.writeAttribute("rel", "alternate");
        xml.writeAttribute("hreflang", language);
        xml.writeAttribute("href", href);
    }

    private static void newsElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("news", name, NEWS_NS);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
