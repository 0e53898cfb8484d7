package news.dateline.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.dateline.account.Editor;
import news.dateline.account.Permission;
import news.dateline.newsroom.NewsroomPages;
import news.dateline.newsroom.SignedIn;
import news.dateline.platform.NewsroomClock;
import org.flywaydb.core.api.MigrationInfo;

/**
 * {@code /newsroom/admin/database}: the schema version, every migration and its state, problems in
 * the history, and the two actions, each behind a confirmation: run pending migrations, repair.
 */
@Path("/newsroom/admin/database")
public class DatabaseAdminResource {

    /** One migration as the page lists it. */
    public record Row(String version, String description, String script, String checksum, String state,
                      String installedOn, String installedBy, String executionTime, boolean pending, boolean failed,
                      String sqlUrl) {
    }

    /** A problem found by validation. */
    public record Problem(String version, String description, String kind, String message) {
    }

    @Inject
    DatabaseAdministration database;

    @Inject
    NewsroomPages pages;

    @Inject
    SignedIn signedIn;

    @Inject
    NewsroomClock clock;

    @GET
    public Response overview() {
        return page(200, null);
    }

    @GET
    @Path("migrate")
    public Response confirmMigrate() {
        return confirm("migrate");
    }

    @POST
    @Path("migrate")
    public Response migrate() {
        return page(200, database.migrate(admin()));
    }

    @GET
    @Path("repair")
    public Response confirmRepair() {
        return confirm("repair");
    }

    @POST
    @Path("repair")
    public Response repair() {
        return page(200, database.repair(admin()));
    }

    @GET
    @Path("sql")
    public Response sql(@QueryParam("version") String version) {
        String sql = database.sql(admin(), version == null ? "" : version).orElseThrow(NotFoundException::new);
        return pages.page("newsroom/admin-sql", Map.of("version", version, "sql", sql));
    }

    private Response confirm(String action) {
        DatabaseAdministration.Overview overview = database.overview(admin());
        return pages.page("newsroom/admin-confirm", Map.of("action", action,
                "pending", overview.pending().stream().map(this::row).toList(),
                "problems", problems(overview)));
    }

    private Response page(int status, DatabaseAdministration.Outcome outcome) {
        DatabaseAdministration.Overview overview = database.overview(admin());
        Map<String, Object> model = new HashMap<>();
        model.put("currentVersion", overview.currentVersion());
        model.put("rows", overview.migrations().stream().map(this::row).toList());
        model.put("pendingCount", overview.pending().size());
        model.put("problems", problems(overview));
        model.put("outcome", outcome);
        // A refused or failed migration changed nothing: the page says why, with 409 (the schema's state
        // does not allow it), never a server error.
        return pages.page(outcome != null && !outcome.success() ? 409 : status, "newsroom/admin-database", model);
    }

    private static List<Problem> problems(DatabaseAdministration.Overview overview) {
        return overview.problems().stream().map(p -> new Problem(p.version, p.description,
                String.valueOf(p.errorDetails.errorCode), p.errorDetails.errorMessage)).toList();
    }

    private Row row(MigrationInfo m) {
        String state = m.getState().getDisplayName();
        return new Row(m.getVersion() == null ? "" : m.getVersion().getVersion(), m.getDescription(), m.getScript(),
                m.getChecksum() == null ? "" : Integer.toHexString(m.getChecksum()), state,
                m.getInstalledOn() == null ? "" : clock.display(m.getInstalledOn().toInstant()),
                m.getInstalledBy() == null ? "" : m.getInstalledBy(),
                m.getExecutionTime() == null ? "" : m.getExecutionTime() + " ms",
                m.getInstalledOn() == null, m.getState().isFailed(),
                m.getVersion() == null ? null : "/newsroom/admin/database/sql?version=" + m.getVersion().getVersion());
    }

    private Editor admin() {
        Editor editor = signedIn.editor();
        editor.require(Permission.MANAGE_DATABASE);
        return editor;
    }
}
