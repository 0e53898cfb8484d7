package news.dateline.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.dateline.article.PublishedArticle;
import news.dateline.media.ImageType;
import news.dateline.media.PhotoUrls;
import news.dateline.media.Shape;
import news.dateline.platform.Language;
import news.dateline.platform.CacheTag;
import news.dateline.platform.NewsroomClock;
import news.dateline.platform.Permalinks;

/** Renders the article page, for readers and, with a banner, as the newsroom's preview. */
@ApplicationScoped
public class ArticlePages {

    @Inject
    SitePages pages;

    @Inject
    Permalinks links;

    @Inject
    NewsroomClock clock;

    @Inject
    ListingPages listings;

    @Inject
    RecentArticles recentArticles;

    @Inject
    PageTags pageTags;

    static final int RELATED = 5;

    @Inject
    news.dateline.platform.Settings settings;

    @Inject
    BodyFigures figures;

    @Inject
    news.dateline.platform.StaticAssets assets;

    @Inject
    news.dateline.article.PublishedArticles published;

    /**
     * An article page's own part, made from the article alone: what {@link ArticleMemory} keeps.
     *
     * @param tags the cache tags of what it shows: the article, its section's name (a change of sections
     *             drops the navigation's tag), the bylines' authors and the photos; a change carrying
     *             one of them makes it out of date
     */
    record PreparedArticle(PublishedArticle article, ArticlePageView view, PageMeta meta, Set<String> tags) {

        /** Roughly the characters it holds, for bounding the memory that keeps it (the body dominates). */
        int weight() {
            return 2_000 + 2 * (view.bodyHtml() == null ? 0 : view.bodyHtml().length())
                    + (article.bodyHtml() == null ? 0 : article.bodyHtml().length()) + meta.toString().length();
        }
    }

    /** The published article at this slug, read and prepared in one transaction; empty when there is none. */
    @Transactional
    public Optional<PreparedArticle> prepared(String slug, String baseUrl) {
        return published.bySlug(slug).map(article -> prepare(article, baseUrl));
    }

    /** @param baseUrl the site's public address, for the canonical link and structured data */
    public String render(PublishedArticle article, boolean preview, String baseUrl) {
        return render(prepare(article, baseUrl), preview);
    }

    /** The whole page: the article's own part with the related stories and the site's chrome. */
    public String render(PreparedArticle prepared, boolean preview) {
        PublishedArticle article = prepared.article();
        List<news.dateline.article.ArticleSummary> relatedArticles = recentArticles.relatedTo(article, RELATED);
        pageTags.addAll(prepared.tags()).add(CacheTag.section(article.sectionSlug())).listing(relatedArticles);
        article.tags().forEach(tag -> pageTags.add(CacheTag.tag(tag.slug())));
        List<ListingItem> related = relatedArticles.stream().map(listings::item).toList();
        return pages.render("site/article", article.sectionSlug(),
                Map.of("article", prepared.view(), "preview", preview, "meta", prepared.meta(), "related", related,
                        "liveScriptUrl", assets.url("live.js")));
    }

    PreparedArticle prepare(PublishedArticle article, String baseUrl) {
        // Not the section's or the tags' own tags: those drop when any story in them changes, which
        // changes the listings, not this article. Tags are never renamed; a section is renamed by a
        // change of sections, which drops the navigation.
        Set<String> tags = new HashSet<>();
        tags.add(CacheTag.article(article.id()));
        tags.add(CacheTag.NAVIGATION);
        article.bylineContributorIds().forEach(id -> {
            if (id != null) {
                tags.add(CacheTag.author(id));
            }
        });
        if (article.photo() != null) {
            tags.add(CacheTag.photo(article.photo().id()));
        }
        article.liveUpdates().stream().filter(u -> u.photo() != null).forEach(u -> tags.add(CacheTag.photo(u.photo().id())));
        if (article.translationId() != null) {
            // the link comes and goes with the translation's publication
            tags.add(CacheTag.article(article.translationId()));
        }
        ArticlePageView view = view(article, tags);
        String url = baseUrl + links.article(article.publishedAt(), article.slug());
        List<PageMeta.Alternate> alternates = article.translation() == null ? List.of() : List.of(
                new PageMeta.Alternate(Language.ofArticle(article.language()).code(), url),
                new PageMeta.Alternate(Language.ofArticle(article.translation().language()).code(),
                        baseUrl + links.article(article.translation().publishedAt(), article.translation().slug())));
        String photoUrl = article.photo() == null ? null : baseUrl + view.photo().url();
        String socialUrl = article.photo() == null ? null : baseUrl + PhotoUrls.crop(article.photo().id(),
                Shape.SOCIAL, article.photo().focus(), PhotoUrls.fallback(typeOf(article.photo().extension())));
        int[] socialSize = article.photo() == null ? null : news.dateline.media.Crop.around(article.photo().width(),
                article.photo().height(), Shape.SOCIAL.aspect(), article.photo().focus())
                .outputSize(Shape.SOCIAL.maxWidth(), Shape.SOCIAL.aspect());
        PageMeta meta = new PageMeta(url, article.headline(), article.lead(), "article", socialUrl,
                view.photo() == null ? null : view.photo().alt(), socialSize == null ? null : socialSize[0],
                socialSize == null ? null : socialSize[1],
                StructuredData.newsArticle(article, url, photoUrl, settings.siteName(), baseUrl + "/", view.dateline(),
                        article.liveUpdates().stream().map(u -> new StructuredData.Update(u.postedAt(), u.text(),
                                u.postedBy(), url + "#update-" + u.id())).toList()),
                baseUrl + links.feed(links.section(article.sectionSlug()), "rss"),
                baseUrl + links.feed(links.section(article.sectionSlug()), "atom"), alternates);
        return new PreparedArticle(article, view, meta, Set.copyOf(tags));
    }

    private ArticlePageView view(PublishedArticle a, Set<String> tags) {
        Language language = Language.ofArticle(a.language());
        String dateline = Dateline.of(a.datelinePlace(), clock.datelineDate(a.publishedAt(), language), a.agencyMark());
        boolean updated = !a.corrections().isEmpty()
                || a.updatedAt().isAfter(a.publishedAt().plus(java.time.Duration.ofMinutes(5)));
        PublishedArticle.Photo p = a.photo();
        ImageType type = p == null ? null : typeOf(p.extension());
        ArticlePageView.Photo photo = p == null ? null : new ArticlePageView.Photo(
                links.photo(p.id(), p.extension()), PhotoUrls.srcset(p.id(), type, p.width(), p.renditionWidths(),
                PhotoUrls.fallback(type)), p.width(), p.height(), p.caption(), p.credit(), p.alt(),
                PhotoUrls.srcset(p.id(), type, p.width(), p.renditionWidths(), ImageType.WEBP));
        return new ArticlePageView(a.headline(), a.lead(), dateline,
                Dateline.openBody(figures.render(a.bodyHtml(), tags), dateline),
                photo, a.sectionName(), links.section(a.sectionSlug()), clock.iso(a.publishedAt()),
                clock.display(a.publishedAt(), language), bylines(a),
                a.tags().stream().map(t -> new ArticlePageView.TagLink(t.name(), links.tag(t.slug()))).toList(),
                links.allNews(),
                updated ? clock.iso(a.updatedAt()) : null, updated ? clock.display(a.updatedAt(), language) : null,
                a.corrections().stream().map(c -> new ArticlePageView.Correction(clock.iso(c.at()),
                        clock.display(c.at(), language), c.note())).toList(),
                a.liveUpdates().stream().map(u -> liveUpdate(u, language)).toList(),
                a.isLive() ? links.liveUpdates(a.id()) : null, language.code(), translation(a),
                ArticlePageView.Words.in(language));
    }

    /** The link to the story's translation, in the translation's own language; null while there is none. */
    private ArticlePageView.Translation translation(PublishedArticle a) {
        if (a.translation() == null) {
            return null;
        }
        Language other = Language.ofArticle(a.translation().language());
        return new ArticlePageView.Translation(links.article(a.translation().publishedAt(), a.translation().slug()),
                other.code(), news.dateline.platform.PageRenderer.message(other, "article.readInThisLanguage"));
    }

    /** An update as the page shows it: its text in paragraphs (a blank line between two), escaped by the template. */
    ArticlePageView.LiveUpdate liveUpdate(PublishedArticle.LiveUpdate u, Language language) {
        List<String> paragraphs = java.util.Arrays.stream(u.text().split("\\n\\s*\\n"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        ArticlePageView.LivePhoto photo = null;
        if (u.photo() != null) {
            PublishedArticle.LiveUpdatePhoto p = u.photo();
            ImageType type = ImageType.ofMimeType(p.mimeType());
            photo = new ArticlePageView.LivePhoto(PhotoUrls.crop(p.id(), Shape.SOCIAL, p.focus(), PhotoUrls.fallback(type)),
                    PhotoUrls.crop(p.id(), Shape.SOCIAL, p.focus(), ImageType.WEBP),
                    Math.min(p.width(), Shape.SOCIAL.maxWidth()), p.alt());
        }
        return new ArticlePageView.LiveUpdate("update-" + u.id(), clock.iso(u.postedAt()), clock.display(u.postedAt(), language),
                u.postedBy(), paragraphs, photo);
    }

    private List<ArticlePageView.BylineLink> bylines(PublishedArticle a) {
        List<ArticlePageView.BylineLink> links = new java.util.ArrayList<>();
        for (int i = 0; i < a.bylines().size(); i++) {
            String slug = a.bylineContributorSlugs().get(i);
            links.add(new ArticlePageView.BylineLink(a.bylines().get(i), slug == null ? null : this.links.author(slug)));
        }
        return links;
    }

    private static ImageType typeOf(String extension) {
        for (ImageType type : ImageType.values()) {
            if (type.extension().equals(extension)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Not a photo extension: " + extension);
    }
}
