package news.dateline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import news.dateline.account.Role;
import news.dateline.platform.SchemaStatus;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.SiteClient;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin database page, with throwaway migrations in a location of the test's own. Every test
 * removes what it added from the schema and its history afterwards, so the shared database stays as
 * the application left it.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseAdminIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(DatabaseAdminIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    SchemaStatus schemaStatus;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private Path location;
    private NewsroomClient admin;
    private TestContent.Login adminLogin;

    @BeforeEach
    void aThrowawayMigrationLocationAndAnAdmin() throws Exception {
        location = Files.createTempDirectory("dateline-throwaway");
        System.setProperty("dateline.extra-migration-locations", "filesystem:" + location);
        adminLogin = content.newAccount(Role.ADMIN);
        admin = new NewsroomClient();
        admin.signIn(adminLogin.username(), adminLogin.password());
    }

    @AfterEach
    void removeTheThrowawayMigrations() throws Exception {
        System.clearProperty("dateline.extra-migration-locations");
        transaction.begin();
        em.createNativeQuery("delete from flyway_schema_history where version::int >= 1000").executeUpdate();
        em.createNativeQuery("drop table if exists throwaway_one, throwaway_two").executeUpdate();
        transaction.commit();
        schemaStatus.recheck();
    }

    @Test
    void thePageListsAppliedAndPendingMigrationsAndRunsThePendingOnes() throws Exception {
        Files.writeString(location.resolve("V1000__throwaway_one.sql"), "create table throwaway_one (id int);");

        Document before = admin.page("/newsroom/admin/database");
        Document sql = admin.page("/newsroom/admin/database/sql?version=1000");
        Document confirm = admin.page("/newsroom/admin/database/migrate");
        HttpResponse<String> run = admin.post("/newsroom/admin/database/migrate", Map.of());
        Document after = admin.page("/newsroom/admin/database");

        assertThat(before.select("#migrations tbody tr")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(row(before, "1").text()).contains("create section", "Success");
        assertThat(row(before, "1000").text()).contains("throwaway one", "Pending");
        assertThat(before.text()).contains("1 migration pending");
        assertThat(sql.selectFirst("pre.sql").text()).isEqualTo("create table throwaway_one (id int);");
        assertThat(confirm.select("form[action=/newsroom/admin/database/migrate] button")).hasSize(1);
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("1 migration applied");
        assertThat(row(after, "1000").text()).contains("Success", adminLogin.username());
        assertThat(after.selectFirst("#schema-version").text()).isEqualTo("1000");
    }

    @Test
    void aTamperedChecksumIsReportedAndMigrationIsRefusedUntilRepaired() throws Exception {
        Files.writeString(location.resolve("V1000__throwaway_one.sql"), "create table throwaway_one (id int);");
        admin.page("/newsroom/admin/database/migrate");
        admin.post("/newsroom/admin/database/migrate", Map.of());
        Files.writeString(location.resolve("V1000__throwaway_one.sql"), "create table throwaway_one (id bigint);");
        Files.writeString(location.resolve("V1001__throwaway_two.sql"), "create table throwaway_two (id int);");

        Document page = admin.page("/newsroom/admin/database");
        admin.page("/newsroom/admin/database/migrate");
        HttpResponse<String> refused = admin.post("/newsroom/admin/database/migrate", Map.of());
        admin.page("/newsroom/admin/database/repair");
        HttpResponse<String> repaired = admin.post("/newsroom/admin/database/repair", Map.of());
        admin.page("/newsroom/admin/database/migrate");
        HttpResponse<String> migrated = admin.post("/newsroom/admin/database/migrate", Map.of());

        assertThat(page.selectFirst("#problems").text()).contains("CHECKSUM_MISMATCH", "1000");
        assertThat(page.select("a[href=/newsroom/admin/database/migrate]")).isEmpty();
        assertThat(refused.body()).contains("Refused");
        assertThat(row(admin.page("/newsroom/admin/database"), "1001").text()).contains("Success");
        assertThat(repaired.body()).contains("Repaired");
        assertThat(migrated.body()).contains("1 migration applied");
    }

    @Test
    void aFailingMigrationShowsFlywaysErrorAndThePageStaysUsable() throws Exception {
        Files.writeString(location.resolve("V1000__throwaway_one.sql"), "create table throwaway_one (id int);"
                + " insert into no_such_table values (1);");

        admin.page("/newsroom/admin/database/migrate");
        HttpResponse<String> failed = admin.post("/newsroom/admin/database/migrate", Map.of());
        Document page = admin.page("/newsroom/admin/database");

        assertThat(failed.body()).contains("The migration failed", "no_such_table");
        assertThat(page.select("#migrations")).hasSize(1);
        assertThat(em.createNativeQuery("select count(*) from information_schema.tables where table_name = 'throwaway_one'")
                .getSingleResult().toString()).isEqualTo("0");
    }

    @Test
    void whileTheSchemaIsBehindPagesAnswer503AndTheAdminPageStillWorks() throws Exception {
        Files.writeString(location.resolve("V1000__throwaway_one.sql"), "create table throwaway_one (id int);");
        schemaStatus.recheck();
        SiteClient reader = new SiteClient();

        HttpResponse<String> home = reader.get("/");
        HttpResponse<String> ready = reader.get("/health/ready");
        HttpResponse<String> live = reader.get("/health/live");
        HttpResponse<String> adminPage = admin.get("/newsroom/admin/database");

        assertThat(home.statusCode()).isEqualTo(503);
        assertThat(home.body()).contains("Down for maintenance");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("\"schema\":\"BEHIND\"");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(adminPage.statusCode()).isEqualTo(200);
        admin.page("/newsroom/admin/database/migrate");
        admin.post("/newsroom/admin/database/migrate", Map.of());
        assertThat(reader.get("/").statusCode()).isEqualTo(200);
        assertThat(reader.get("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void nonAdminsAreRefusedOnEveryAdminRoute() {
        for (Role role : List.of(Role.WRITER, Role.EDITOR)) {
            TestContent.Login login = content.newAccount(role);
            NewsroomClient client = new NewsroomClient();
            client.signIn(login.username(), login.password());
            client.get("/newsroom");
            for (String path : List.of("/newsroom/admin/database", "/newsroom/admin/database/migrate",
                    "/newsroom/admin/database/repair", "/newsroom/admin/database/sql?version=1", "/newsroom/accounts",
                    "/newsroom/audit")) {
                assertThat(client.get(path).statusCode()).as(role + " GET " + path).isEqualTo(403);
            }
            assertThat(client.get("/newsroom/sections").statusCode()).as(role + " GET sections (editors manage them)")
                    .isEqualTo(role == Role.WRITER ? 403 : 200);
            for (String path : List.of("/newsroom/admin/database/migrate", "/newsroom/admin/database/repair",
                    "/newsroom/accounts", "/newsroom/accounts/" + login.username() + "/role")) {
                assertThat(client.post(path, Map.of("role", "ADMIN")).statusCode()).as(role + " POST " + path)
                        .isEqualTo(403);
            }
        }
    }

    private static org.jsoup.nodes.Element row(Document page, String version) {
        return page.select("#migrations tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals(version)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for version " + version));
    }
}
