package news.dateline;

import jakarta.ws.rs.core.Application;
import java.util.Set;
import news.dateline.platform.StaticAssetResource;

/**
 * Every URL of the application, static assets included, is a JAX-RS resource. The servlet that
 * serves this application is declared in {@code web.xml} (mapped to {@code /*}, with a multipart
 * configuration for uploads); declared that way, the server does not scan for resources, so they
 * are listed here. A unit test fails when a resource or provider is missing from the list.
 */
public class JaxrsApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                StaticAssetResource.class,
                news.dateline.site.ListingResource.class,
                news.dateline.site.ArticlePageResource.class,
                news.dateline.site.ArticlePreviewResource.class,
                news.dateline.site.SearchResource.class,
                news.dateline.site.FeedResource.class,
                news.dateline.site.SitemapResource.class,
                news.dateline.site.NinjsResource.class,
                news.dateline.site.WebApplicationExceptionMapper.class,
                news.dateline.site.UnexpectedErrorMapper.class,
                news.dateline.media.PhotoResource.class,
                news.dateline.media.MediaLibraryResource.class,
                news.dateline.article.PhotoChoiceResource.class,
                news.dateline.newsroom.SignInResource.class,
                news.dateline.newsroom.SessionTokenResource.class,
                news.dateline.desk.DashboardResource.class,
                news.dateline.newsroom.AccessDeniedMapper.class,
                news.dateline.article.IllegalTransitionMapper.class,
                news.dateline.article.ArticleEditorResource.class,
                news.dateline.article.ArticleHistoryResource.class,
                news.dateline.article.EditSessionResource.class,
                news.dateline.desk.NotificationsResource.class,
                news.dateline.admin.AuditLogResource.class,
                news.dateline.section.SectionAdminResource.class,
                news.dateline.front.BreakingNewsResource.class,
                news.dateline.front.FrontEditorResource.class,
                news.dateline.site.FrontPreviewResource.class,
                news.dateline.site.NinjsFrontResource.class,
                news.dateline.site.LiveUpdatesResource.class,
                news.dateline.article.LiveDeskResource.class,
                news.dateline.article.TranslationResource.class,
                news.dateline.contributor.ContributorAdminResource.class,
                news.dateline.admin.AccountAdminResource.class,
                news.dateline.newsroom.OwnPasswordResource.class,
                news.dateline.newsroom.OwnEmailResource.class,
                news.dateline.newsroom.OwnLanguageResource.class,
                news.dateline.admin.DatabaseAdminResource.class,
                news.dateline.admin.HealthResource.class,
                news.dateline.admin.MetricsResource.class);
    }
}
