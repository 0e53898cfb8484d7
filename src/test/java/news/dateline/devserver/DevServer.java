package news.dateline.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Runs Dateline locally: the provisioned server in {@code target/server} with the freshly built
 * WAR. When no database is configured ({@code POSTGRESQL_URL} or {@code POSTGRESQL_HOST}), an
 * embedded PostgreSQL starts with its data in {@code .dateline/pgdata}, so content survives a
 * restart. Demo content is on unless {@code DATELINE_DEMO_CONTENT=false}.
 */
public final class DevServer {

    private static final Logger LOG = Logger.getLogger(DevServer.class.getName());
    private static final Path PROJECT = Path.of(System.getProperty("dateline.project.dir", ".")).toAbsolutePath();
    private static final AtomicBoolean STOPPED = new AtomicBoolean();
    private static final int EMBEDDED_PORT = Integer.getInteger("dateline.dev.db-port", 15432);

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path server = PROJECT.resolve("target/server");
        Path war = PROJECT.resolve("target/dateline.war");
        if (!Files.isDirectory(server) || !Files.isRegularFile(war)) {
            throw new IllegalStateException("Build first: target/server and target/dateline.war are missing");
        }
        EmbeddedPostgres embedded = null;
        ProcessBuilder wildfly = new ProcessBuilder(server.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + prepareBaseDir(server, war))
                .inheritIO();
        Map<String, String> env = wildfly.environment();
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        env.putIfAbsent("DATELINE_MODE", "demo");
        if (System.getenv("POSTGRESQL_URL") == null && System.getenv("POSTGRESQL_HOST") == null) {
            embedded = startEmbeddedDatabase();
            env.put("POSTGRESQL_URL", "jdbc:postgresql://localhost:" + embedded.getPort() + "/dateline");
            env.put("POSTGRESQL_USER", "postgres");
            env.put("POSTGRESQL_PASSWORD", "unused");
        } else {
            LOG.info("Using the configured PostgreSQL; no embedded database is started");
        }
        Process process = wildfly.start();
        EmbeddedPostgres database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, database)));
        int exit = process.waitFor();
        stop(process, database);
        LOG.info(() -> "The server stopped with exit code " + exit);
    }

    /** A base directory of its own, so the run never leaves a deployment in the server the tests use. */
    private static Path prepareBaseDir(Path server, Path war) throws IOException {
        Path base = PROJECT.resolve("target/dev-server");
        Path configuration = base.resolve("configuration");
        deleteRecursively(configuration);
        copyRecursively(server.resolve("standalone/configuration"), configuration);
        Path deployments = Files.createDirectories(base.resolve("deployments"));
        Files.copy(war, deployments.resolve("dateline.war"), StandardCopyOption.REPLACE_EXISTING);
        return base;
    }

    private static EmbeddedPostgres startEmbeddedDatabase() throws IOException, SQLException {
        Path data = Files.createDirectories(PROJECT.resolve(".dateline/pgdata"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(EMBEDDED_PORT)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"));
             Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = 'dateline'")) {
            if (!exists.next()) {
                statement.execute("create database dateline");
            }
        }
        LOG.info(() -> "Embedded PostgreSQL on port " + postgres.getPort() + ", data in " + data);
        return postgres;
    }

    private static void stop(Process wildfly, EmbeddedPostgres database) {
        if (!STOPPED.compareAndSet(false, true)) {
            return;
        }
        try {
            if (wildfly.isAlive()) {
                wildfly.descendants().forEach(ProcessHandle::destroy);
                wildfly.destroy();
                wildfly.waitFor();
            }
            if (database != null) {
                database.close();
            }
        } catch (IOException e) {
            LOG.warning("Could not stop the embedded PostgreSQL cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
