package news.dateline.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;
import news.dateline.account.AccountService;
import news.dateline.account.Editor;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.contributor.ContributorService;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleText;
import news.dateline.media.MediaAsset;
import news.dateline.media.MediaLibrary;
import news.dateline.platform.ApplicationStarted;
import news.dateline.platform.Settings;
import news.dateline.section.SectionService;

/**
 * Fills an empty database with demo content when {@code dateline.demo-content} is on. Runs once:
 * a database with any article is left alone, and an advisory lock keeps two servers starting
 * together from both seeding.
 */
@ApplicationScoped
public class DemoContent {

    @jakarta.inject.Inject
    news.dateline.platform.NewsroomClock clock;

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final long SEED_LOCK = 0x44454d4fL;
    static final List<String> SECTIONS = List.of("World", "Politics", "Economy", "Science");
    static final int GENERATED_STORIES = 30;
    static final Instant REFERENCE_PUBLISHED_AT = OffsetDateTime.parse("2016-06-07T14:32:00+03:00").toInstant();
    static final List<String> REFERENCE_TAGS = List.of("Syria", "Russia", "USA", "Sergey Lavrov", "John Kerry");

    @Inject
    Settings settings;

    @Inject
    SectionService sections;

    @Inject
    MediaLibrary media;

    @Inject
    ArticleService articles;

    @Inject
    AccountService accounts;

    @Inject
    ContributorService contributors;

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void onStart(@Observes ApplicationStarted started) {
        if (!settings.demoContent()) {
            return;
        }
        em.createNativeQuery("select pg_advisory_xact_lock(" + SEED_LOCK + ")").getSingleResult();
        if (!accounts.hasAccounts()) {
            createDemoAccounts();
        }
        if (articles.anyArticle()) {
            LOG.info("Demo content: the database already has articles, nothing added");
            return;
        }
        seed();
    }

    private void seed() {
        for (int i = 0; i < SECTIONS.size(); i++) {
            sections.create(SECTIONS.get(i), i);
        }
        publishReferenceStory();
        Instant newest = clock.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(20));
        for (GeneratedStories.Story story : GeneratedStories.generate(GENERATED_STORIES, newest, Duration.ofDays(6), 2016)) {
            Article article = articles.createDraft(story.draft());
            articles.publish(article.getId(), story.publishedAt());
        }
        LOG.info(() -> "Demo content: 4 sections, the reference story and " + GENERATED_STORIES
                + " generated stories published");
    }

    /** Demo mode only: one account per role, with fresh random passwords written to the log. */
    private void createDemoAccounts() {
        StringBuilder report = new StringBuilder("Demo accounts (demo mode only; sign in at /newsroom/login):");
        for (Role role : Role.values()) {
            String username = role.name().toLowerCase(java.util.Locale.ROOT);
            String password = randomPassword();
            Editor editor = accounts.createUnchecked(username, "Demo " + username, password, role);
            contributors.createUnchecked("Demo " + username, "A demo " + username + " of this newsroom.", null,
                    editor.accountId());
            report.append("\n  ").append(username).append(" / ").append(password).append(" (").append(role).append(')');
        }
        LOG.info(report::toString);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void publishReferenceStory() {
        WireStory story = WireStory.parse(new String(resource("demo/seed-article.txt"), StandardCharsets.UTF_8));
        MediaAsset photo = media.store(resource("demo/sample-photo.jpg"), "sample-photo.jpg",
                new news.dateline.media.PhotoDescription(story.caption(), story.credit(), story.altText()));
        ArticleText text = new ArticleText(story.headline(), story.lead(), story.bodyHtml(), story.datelinePlace(),
                story.agencyMark());
        Article article = articles.createDraft(ArticleDraft.of(text, "world", REFERENCE_TAGS, List.of(),
                photo.getId(), null));
        articles.publish(article.getId(), REFERENCE_PUBLISHED_AT);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
