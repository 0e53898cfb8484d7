package news.dateline.testing;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment under test: the WAR that {@code package} built, exactly as it ships, plus the test
 * classes and their helpers for tests that run inside the server.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/dateline.war"));
    }

    public static WebArchive withTests(Class<?>... testClasses) {
        return application()
                .addClasses(testClasses)
                .addClasses(ArticleBuilder.class, TestContent.class, TestContent.Login.class, SiteClient.class,
                        NewsroomClient.class, Fixtures.class, ArticlePageText.class, RawHttp.class,
                        RawHttp.Answer.class, Await.class, ServerStatistics.class, ServerStatistics.Counts.class)
                .addAsLibrary(jarOf(Assertions.class));
    }

    /** Adds the jars that hold these classes, for tests that use a library inside the server. */
    public static WebArchive withLibrariesOf(WebArchive archive, Class<?>... types) {
        for (Class<?> type : types) {
            archive.addAsLibrary(jarOf(type));
        }
        return archive;
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
