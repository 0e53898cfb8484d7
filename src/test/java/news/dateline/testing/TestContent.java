package news.dateline.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import news.dateline.article.Article;
import news.dateline.account.AccountService;
import news.dateline.account.Editor;
import news.dateline.account.Role;
import news.dateline.article.ArticleService;
import news.dateline.section.SectionService;

/** Creates what an in-server test needs through the application's own services. */
@ApplicationScoped
public class TestContent {

    @Inject
    SectionService sections;

    @Inject
    ArticleService articles;

    @Inject
    AccountService accounts;

    /** Username and password of an account made for one test. */
    public record Login(String username, String password, long accountId) {
    }

    public static final String PASSWORD = "correct horse battery staple";

    /** A new account with the role, a unique name and {@link #PASSWORD}. */
    public Login newAccount(Role role) {
        String username = role.name().toLowerCase(java.util.Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Editor editor = accounts.createUnchecked(username, "Test " + username, PASSWORD, role);
        return new Login(username, PASSWORD, editor.accountId());
    }

    /** A new account with the role, a unique name, {@link #PASSWORD} and this e-mail address. */
    public Login newAccount(Role role, String email) {
        Login login = newAccount(role);
        accounts.changeOwnEmail(editorOf(login), email);
        return login;
    }

    /** A draft written by the account. */
    public Article draftBy(Login author, ArticleBuilder article) {
        return articles.create(editorOf(author), article.draft());
    }

    public Editor editorOf(Login login) {
        return accounts.activeEditor(login.accountId()).orElseThrow();
    }

    /** A section of its own for one test; returns its slug. */
    public String newSection() {
        String name = "Desk " + UUID.randomUUID().toString().substring(0, 8);
        return sections.create(name, 100).getSlug();
    }

    /**
     * A section of its own with one published article, so that it is public (a section without a
     * published article answers 404); returns its slug.
     */
    public String newPublicSection() {
        String slug = newSection();
        publish(ArticleBuilder.anArticle().inSection(slug), Instant.parse("2016-01-04T09:00:00Z"));
        return slug;
    }

    public Article draft(ArticleBuilder article) {
        return articles.createDraft(article.draft());
    }

    public Article publish(ArticleBuilder article, Instant at) {
        return articles.publish(articles.createDraft(article.draft()).getId(), at);
    }
}
