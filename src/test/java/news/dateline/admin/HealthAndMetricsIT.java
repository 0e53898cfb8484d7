package news.dateline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import news.dateline.testing.Deployments;
import news.dateline.testing.SiteClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class HealthAndMetricsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(HealthAndMetricsIT.class);
    }

    private final SiteClient client = new SiteClient();

    @AfterEach
    void noToken() {
        System.clearProperty("dateline.metrics-token");
    }

    @Test
    void liveAndReadyAnswerUpWhenTheDatabaseAndSchemaAreFine() {
        HttpResponse<String> live = client.get("/health/live");
        HttpResponse<String> ready = client.get("/health/ready");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\":\"UP\"", "\"schema\":\"CURRENT\"");
    }

    @Test
    void metricsAreNotPublicAndNeedTheTokenWhenThereIsOne() {
        assertThat(client.get("/metrics").statusCode()).as("no token configured: no metrics").isEqualTo(404);
        System.setProperty("dateline.metrics-token", "s3cret-token");
        client.get("/");

        HttpResponse<String> anonymous = client.get("/metrics");
        HttpResponse<String> wrong = client.get("/metrics", "Authorization", "Bearer guess");
        HttpResponse<String> scraped = client.get("/metrics", "Authorization", "Bearer s3cret-token");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type").orElseThrow()).matches("text/plain; ?version=0\\.0\\.4.*");
        assertThat(scraped.body()).contains("# TYPE dateline_http_requests_total counter",
                "dateline_http_requests_total{status=\"2xx\"}", "dateline_http_errors_total",
                "dateline_articles_published_total", "dateline_db_connections{state=", "dateline_schema_current 1",
                "dateline_mail_outbox{state=\"pending\"}", "dateline_mail_outbox{state=\"failed\"}",
                "dateline_mail_oldest_pending_seconds");
    }
}
