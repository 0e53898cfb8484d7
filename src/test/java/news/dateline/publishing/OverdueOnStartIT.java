package news.dateline.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.dateline.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Downtime: while the application is not deployed, articles fall due. When it starts, every
 * overdue one is published at once, each exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OverdueOnStartIT {

    private static final String APP = "application";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = APP, managed = false, testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void articlesThatFellDueDuringDowntimeArePublishedOnStart() throws Exception {
        List<Long> overdue = new ArrayList<>();
        try (Connection db = connect()) {
            long section = insertSection(db);
            for (int i = 0; i < 5; i++) {
                overdue.add(insertScheduled(db, section, Instant.now().minus(Duration.ofMinutes(10 + i))));
            }
        }

        deployer.deploy(APP);
        try {
            Instant deadline = Instant.now().plusSeconds(20);
            while (Instant.now().isBefore(deadline) && count("select count(*) from article where status = 'PUBLISHED'"
                    + " and id = any(?)", overdue) < overdue.size()) {
                Thread.sleep(200);
            }
            assertThat(count("select count(*) from article where status = 'PUBLISHED' and id = any(?)", overdue))
                    .isEqualTo(overdue.size());
            assertThat(count("select count(*) from article_publication where article_id = any(?)", overdue))
                    .as("one publication each").isEqualTo(overdue.size());
        } finally {
            deployer.undeploy(APP);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("dateline.test.jdbc.url"),
                System.getProperty("dateline.test.jdbc.user"), System.getProperty("dateline.test.jdbc.password"));
    }

    private static long insertSection(Connection db) throws SQLException {
        String slug = "downtime-" + UUID.randomUUID().toString().substring(0, 8);
        try (PreparedStatement insert = db.prepareStatement(
                "insert into section (name, slug, position) values (?, ?, 50) returning id")) {
            insert.setString(1, "Downtime " + slug);
            insert.setString(2, slug);
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long insertScheduled(Connection db, long section, Instant due) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into article (slug, headline, section_id, status,"
                + " scheduled_at, created_at, updated_at) values (?, ?, ?, 'SCHEDULED', ?, now(), now()) returning id")) {
            String slug = "fell-due-" + UUID.randomUUID();
            insert.setString(1, slug);
            insert.setString(2, "Fell due during downtime " + slug);
            insert.setLong(3, section);
            insert.setTimestamp(4, Timestamp.from(due));
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long count(String sql, List<Long> ids) throws SQLException {
        try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setArray(1, db.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
