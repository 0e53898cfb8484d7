package news.dateline.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.section.SectionService;

/** Creates what an in-server test needs through the application's own services. */
@ApplicationScoped
public class TestContent {

    @Inject
    SectionService sections;

    @Inject
    ArticleService articles;

    /** A section of its own for one test; returns its slug. */
    public String newSection() {
        String name = "Desk " + UUID.randomUUID().toString().substring(0, 8);
        return sections.create(name, 100).getSlug();
    }

    public Article draft(ArticleBuilder article) {
        return articles.createDraft(article.draft());
    }

    public Article publish(ArticleBuilder article, Instant at) {
        return articles.publish(articles.createDraft(article.draft()).getId(), at);
    }
}
