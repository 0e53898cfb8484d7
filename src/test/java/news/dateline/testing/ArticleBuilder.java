package news.dateline.testing;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import news.dateline.article.ArticleDraft;
import news.dateline.article.Byline;
import news.dateline.article.ArticleText;

/** Test articles with valid defaults; each test changes only what it is about. */
public final class ArticleBuilder {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String headline = "Harbour authority extends night shipping hours, notice " + SEQUENCE.incrementAndGet();
    private String lead = "Ships may enter the inner harbour until midnight from next month.";
    private String bodyHtml = "<p>The harbour authority said the change follows a year of trials.</p>";
    private String datelinePlace = "Lisbon";
    private String agencyMark = "Dateline";
    private String language = "en";
    private String sectionSlug;
    private List<String> tags = List.of();
    private List<String> bylines = List.of();
    private final List<Byline> contributorBylines = new java.util.ArrayList<>();
    private Long photoId;
    private String photoCaption;

    private ArticleBuilder() {
    }

    public static ArticleBuilder anArticle() {
        return new ArticleBuilder();
    }

    public ArticleBuilder withHeadline(String value) {
        headline = value;
        return this;
    }

    public ArticleBuilder withLead(String value) {
        lead = value;
        return this;
    }

    public ArticleBuilder withBody(String value) {
        bodyHtml = value;
        return this;
    }

    public ArticleBuilder withDateline(String place, String agency) {
        datelinePlace = place;
        agencyMark = agency;
        return this;
    }

    public ArticleBuilder inLanguage(String code) {
        language = code;
        return this;
    }

    public ArticleBuilder inSection(String slug) {
        sectionSlug = slug;
        return this;
    }

    public ArticleBuilder taggedWith(String... names) {
        tags = List.of(names);
        return this;
    }

    public ArticleBuilder bylinedTo(String... names) {
        bylines = List.of(names);
        return this;
    }

    /** A byline that names a contributor profile. */
    public ArticleBuilder bylinedToContributor(news.dateline.contributor.Contributor contributor) {
        contributorBylines.add(new Byline(contributor.getName(), contributor.getId()));
        return this;
    }

    public ArticleBuilder withPhoto(long id, String captionOverride) {
        photoId = id;
        photoCaption = captionOverride;
        return this;
    }

    public ArticleDraft draft() {
        if (sectionSlug == null) {
            throw new IllegalStateException("Say which section the test article is in");
        }
        List<Byline> all = new java.util.ArrayList<>(contributorBylines);
        bylines.forEach(name -> all.add(Byline.freeText(name)));
        return new ArticleDraft(new ArticleText(headline, lead, bodyHtml, datelinePlace, agencyMark, language),
                sectionSlug, tags, all, photoId, photoCaption, null, null, null);
    }
}
