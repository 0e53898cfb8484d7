package news.dateline.site;

import news.dateline.platform.JsonSupport;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import news.dateline.article.PublishedArticle;

/**
 * schema.org JSON-LD for article and listing pages. The JSON is escaped for a {@code <script>}
 * element: {@code <}, {@code >} and {@code &} become {@code \u003c}-style escapes, so no text can
 * close the element or start markup.
 */
final class StructuredData {

    private StructuredData() {
    }

    static String newsArticle(PublishedArticle a, String url, String photoUrl, String siteName, String siteUrl,
                              String dateline) {
        JsonArrayBuilder authors = JsonSupport.array();
        if (a.bylines().isEmpty()) {
            authors.add(JsonSupport.object().add("@type", "Organization").add("name",
                    a.agencyMark() != null ? a.agencyMark() : siteName));
        } else {
            a.bylines().forEach(name -> authors.add(JsonSupport.object().add("@type", "Person").add("name", name)));
        }
        JsonObjectBuilder article = JsonSupport.object()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("mainEntityOfPage", url)
                .add("url", url)
                .add("headline", a.headline())
                .add("description", a.lead())
                .add("datePublished", iso(a.publishedAt()))
                .add("dateModified", iso(a.updatedAt().isAfter(a.publishedAt()) ? a.updatedAt() : a.publishedAt()))
                .add("author", authors)
                .add("publisher", JsonSupport.object().add("@type", "Organization").add("name", siteName)
                        .add("url", siteUrl))
                .add("articleSection", a.sectionName())
                .add("inLanguage", "en")
                .add("keywords", JsonSupport.array(a.tags().stream().map(PublishedArticle.TagLink::name).toList()));
        if (dateline != null) {
            article.add("dateline", dateline);
        }
        if (a.photo() != null) {
            article.add("image", JsonSupport.object()
                    .add("@type", "ImageObject")
                    .add("url", photoUrl)
                    .add("width", a.photo().width())
                    .add("height", a.photo().height())
                    .add("caption", a.photo().caption())
                    .add("creditText", a.photo().credit())
                    .add("copyrightNotice", "© " + a.photo().credit()));
        }
        return safe(article.build().toString());
    }

    static String collectionPage(String name, String url, List<String> itemUrls) {
        JsonArrayBuilder items = JsonSupport.array();
        for (int i = 0; i < itemUrls.size(); i++) {
            items.add(JsonSupport.object().add("@type", "ListItem").add("position", i + 1)
                    .add("url", itemUrls.get(i)));
        }
        return safe(JsonSupport.object()
                .add("@context", "https://schema.org")
                .add("@type", "CollectionPage")
                .add("name", name)
                .add("url", url)
                .add("mainEntity", JsonSupport.object().add("@type", "ItemList").add("itemListElement", items))
                .build().toString());
    }

    static String safe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
