package news.dateline.admin;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import news.dateline.account.PasswordHasher;
import news.dateline.platform.SchemaStatus;
import news.dateline.platform.Settings;

/**
 * Metrics in the Prometheus text format at {@code /metrics}. Not public: without
 * {@code DATELINE_METRICS_TOKEN} the path does not exist, and with it a request needs
 * {@code Authorization: Bearer <token>}.
 */
@Path("/metrics")
public class MetricsResource {

    private static final String[] STATUS_CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx"};

    @Resource(lookup = "java:jboss/datasources/DatelineDS")
    DataSource dataSource;

    @Inject
    Settings settings;

    @Inject
    SchemaStatus schema;

    @GET
    public Response metrics(@HeaderParam("Authorization") String authorization) {
        Optional<String> token = settings.metricsToken();
        if (token.isEmpty()) {
            throw new NotFoundException();
        }
        String expected = "Bearer " + token.get();
        if (authorization == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                authorization.getBytes(StandardCharsets.UTF_8))) {
            return Response.status(401).header("WWW-Authenticate", "Bearer").build();
        }
        StringBuilder out = new StringBuilder();
        out.append("# HELP dateline_http_requests_total HTTP requests answered, by status class.\n");
        out.append("# TYPE dateline_http_requests_total counter\n");
        for (int i = 0; i < STATUS_CLASSES.length; i++) {
            out.append("dateline_http_requests_total{status=\"").append(STATUS_CLASSES[i]).append("\"} ")
                    .append(RequestMetrics.BY_STATUS_CLASS[i].sum()).append('\n');
        }
        out.append("# HELP dateline_http_errors_total HTTP requests answered with a server error.\n");
        out.append("# TYPE dateline_http_errors_total counter\n");
        out.append("dateline_http_errors_total ").append(RequestMetrics.BY_STATUS_CLASS[4].sum()).append('\n');
        out.append("# HELP dateline_password_hashes_total Passwords hashed or checked by this server (PBKDF2 runs).\n");
        out.append("# TYPE dateline_password_hashes_total counter\n");
        out.append("dateline_password_hashes_total ").append(PasswordHasher.hashesComputed()).append('\n');
        out.append("# HELP dateline_schema_current 1 when the database schema is as new as the application.\n");
        out.append("# TYPE dateline_schema_current gauge\n");
        out.append("dateline_schema_current ").append(schema.isCurrent() ? 1 : 0).append('\n');
        databaseMetrics(out);
        return Response.ok(out.toString(), "text/plain; version=0.0.4; charset=utf-8")
                .header("Cache-Control", "no-store").build();
    }

    private void databaseMetrics(StringBuilder out) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet published = statement.executeQuery("select count(*) from article_publication")) {
                published.next();
                out.append("# HELP dateline_articles_published_total Publications, by hand or by the scheduler.\n");
                out.append("# TYPE dateline_articles_published_total counter\n");
                out.append("dateline_articles_published_total ").append(published.getLong(1)).append('\n');
            }
            try (ResultSet mail = statement.executeQuery("select"
                    + " count(*) filter (where sent_at is null and failed_at is null),"
                    + " count(*) filter (where sent_at is not null), count(*) filter (where failed_at is not null),"
                    + " coalesce(extract(epoch from now() - min(created_at) filter (where sent_at is null"
                    + " and failed_at is null)), 0) from mail_outbox")) {
                mail.next();
                out.append("# HELP dateline_mail_outbox Notification e-mails in the outbox: waiting (pending), sent,"
                        + " or given up after the last attempt (failed; see mail_outbox.last_error).\n");
                out.append("# TYPE dateline_mail_outbox gauge\n");
                out.append("dateline_mail_outbox{state=\"pending\"} ").append(mail.getLong(1)).append('\n');
                out.append("dateline_mail_outbox{state=\"sent\"} ").append(mail.getLong(2)).append('\n');
                out.append("dateline_mail_outbox{state=\"failed\"} ").append(mail.getLong(3)).append('\n');
                out.append("# HELP dateline_mail_oldest_pending_seconds Age of the oldest e-mail still waiting"
                        + " to be sent.\n");
                out.append("# TYPE dateline_mail_oldest_pending_seconds gauge\n");
                out.append("dateline_mail_oldest_pending_seconds ").append(mail.getLong(4))
                        .append('\n');
            }
            try (ResultSet pool = statement.executeQuery("select coalesce(state, 'unknown'), count(*) from pg_stat_activity"
                    + " where datname = current_database() and usename = current_user group by 1")) {
                out.append("# HELP dateline_db_connections Connections of this database user, by state.\n");
                out.append("# TYPE dateline_db_connections gauge\n");
                while (pool.next()) {
                    out.append("dateline_db_connections{state=\"").append(pool.getString(1).replace("\"", ""))
                            .append("\"} ").append(pool.getLong(2)).append('\n');
                }
            }
            out.append("# HELP dateline_db_pool_max_size The largest the connection pool may grow.\n");
            out.append("# TYPE dateline_db_pool_max_size gauge\n");
            out.append("dateline_db_pool_max_size ").append(System.getenv().getOrDefault("DATELINE_DB_POOL_SIZE", "20"))
                    .append('\n');
        } catch (SQLException e) {
            out.append("dateline_db_up 0\n");
        }
    }
}
