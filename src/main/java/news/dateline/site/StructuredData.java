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

    /** An update of a live story, for {@code liveBlogUpdate}. */
    record Update(java.time.Instant postedAt, String text, String postedBy, String url) {
    }

    /**
     * The article as schema.org {@code NewsArticle}; a live story (one with updates) as {@code LiveBlogPosting}
     * with its updates, newest first, as {@code liveBlogUpdate}.
     */
    static String newsArticle(PublishedArticle a, String url, String photoUrl, String siteName, String siteUrl,
                              String dateline, List<Update> updates) {
        JsonArrayBuilder authors = JsonSupport.array();
        if (a.bylines().isEmpty()) {
            authors.add(JsonSupport.object().add("@type", "Organization").add("name",
                    a.agencyMark() != null ? a.agencyMark() : siteName));
        } else {
            a.bylines().forEach(name -> authors.add(JsonSupport.object().add("@type", "Person").add("name", name)));
        }
        JsonObjectBuilder article = JsonSupport.object()
                .add("@context", "https://schema.org")
                .add("@type", updates.isEmpty() ? "NewsArticle" : "LiveBlogPosting")
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
                .add("inLanguage", a.language())
                .add("keywords", JsonSupport.array(a.tags().stream().map(PublishedArticle.TagLink::name).toList()));
        if (dateline != null) {
            article.add("dateline", dateline);
        }
        if (!updates.isEmpty()) {
            JsonArrayBuilder posted = JsonSupport.array();
            for (Update update : updates) {
                String firstLine = update.text().strip().lines().findFirst().orElse("");
                posted.add(JsonSupport.object()
                        .add("@type", "BlogPosting")
                        .add("url", update.url())
                        .add("headline", firstLine.length() > 110 ? firstLine.substring(0, 109) + "…" : firstLine)
                        .add("articleBody", update.text())
                        .add("datePublished", iso(update.postedAt()))
                        .add("author", JsonSupport.object().add("@type", "Person").add("name", update.postedBy())));
            }
            article.add("coverageStartTime", iso(updates.get(updates.size() - 1).postedAt()));
            article.add("liveBlogUpdate", posted);
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
