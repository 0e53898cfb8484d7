package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.dateline.testing.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database command against real, empty PostgreSQL databases; no server involved. */
class DatabaseCommandIT {

    @TempDir
    Path migrations;

    @Test
    void migrateSucceedsOnAFreshDatabaseAndInfoAndValidateAgree() {
        try (ScratchDatabase db = new ScratchDatabase()) {
            Map<String, String> env = new HashMap<>(db.environment());

            assertThat(run(env, "migrate")).isZero();
            assertThat(run(env, "validate")).isZero();
            assertThat(run(env, "info")).isZero();
            assertThat(output).contains("Schema version: " + newestMigration() + "; pending: 0");
        }
    }

    @Test
    void aBrokenMigrationMakesTheCommandFailAndIsRolledBack() throws IOException {
        Files.writeString(migrations.resolve("V1__good.sql"), "create table good (id int);");
        Files.writeString(migrations.resolve("V2__broken.sql"), "create table broken (id int); select * from nowhere;");
        try (ScratchDatabase db = new ScratchDatabase()) {
            Map<String, String> env = new HashMap<>(db.environment());
            env.put("DATELINE_MIGRATIONS", "filesystem:" + migrations);

            assertThat(run(env, "migrate")).isEqualTo(1);
            assertThat(errors).contains("nowhere");
            assertThat(run(env, "nonsense")).isEqualTo(2);
        }
    }

    @Test
    void twoMigrateRunsAtOnceApplyEachMigrationOnce() throws Exception {
        Files.writeString(migrations.resolve("V1__slow.sql"), "select pg_sleep(1); create table one (id int);");
        Files.writeString(migrations.resolve("V2__second.sql"), "create table two (id int);");
        try (ScratchDatabase db = new ScratchDatabase()) {
            Map<String, String> env = new HashMap<>(db.environment());
            env.put("DATELINE_MIGRATIONS", "filesystem:" + migrations);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> DatabaseCommand.run(new String[] {"migrate"}, env,
                        new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))));
            }
            for (Future<Integer> run : runs) {
                assertThat(run.get()).isZero();
            }
            pool.shutdown();

            try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select version, count(*) from flyway_schema_history"
                         + " group by version order by version")) {
                List<String> applied = new ArrayList<>();
                while (rows.next()) {
                    applied.add(rows.getString(1) + "x" + rows.getInt(2));
                }
                assertThat(applied).containsExactly("1x1", "2x1");
            }
        }
    }

    /** The highest version in db/migration. */
    private static int newestMigration() {
        try (var files = Files.list(Path.of("db/migration"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String output = "";
    private String errors = "";

    private int run(Map<String, String> env, String command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DatabaseCommand.run(new String[] {command}, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        output = out.toString(StandardCharsets.UTF_8);
        errors = err.toString(StandardCharsets.UTF_8);
        return exit;
    }
}
