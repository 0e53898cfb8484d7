package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import news.dateline.testing.Deployments;
import news.dateline.testing.SiteClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Negotiation headers that JAX-RS cannot read get the site's own 400 page, on the public site and in
 * the newsroom; before, they got a bare 400 or, for a {@code q} that is not a number, a 500. What
 * browsers send still gets the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnreadableHeadersIT {

    /** Header name and value, each of which JAX-RS refuses to read. */
    private static final List<String[]> UNREADABLE = List.of(
            new String[] {"Accept", "text/html;q=abc"},
            new String[] {"Accept", "///"},
            new String[] {"Accept-Language", "en;q=abc"},
            new String[] {"Accept-Language", "ru;q=2"},
            new String[] {"Accept-Language", "en;q="},
            new String[] {"Content-Type", ";;;"});

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    private final SiteClient site = new SiteClient();

    @Test
    void aHeaderJaxRsCannotReadGetsTheSitesOwn400() {
        for (String[] header : UNREADABLE) {
            // Pages that are not in the page cache: a cached page is sent without JAX-RS reading anything.
            for (String path : List.of("/search?q=headers" + System.nanoTime(), "/newsroom/login")) {
                HttpResponse<String> answer = site.get(path, header[0], header[1]);
                String request = path + " with " + header[0] + ": " + header[1];
                assertThat(answer.statusCode()).as(request).isEqualTo(400);
                assertThat(answer.headers().firstValue("Content-Type")).as(request)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
                assertThat(answer.body()).as(request)
                        .contains("<link rel=\"stylesheet\"", "Accept-Language, Content-Type");
            }
        }
    }

    @Test
    void theHeadersBrowsersSendStillGetThePage() {
        for (String path : List.of("/search?q=headers" + System.nanoTime(), "/newsroom/login")) {
            HttpResponse<String> answer = site.get(path,
                    "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
                    "Accept-Language", "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7");
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
        }
    }
}
