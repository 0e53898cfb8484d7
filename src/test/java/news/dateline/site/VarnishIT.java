package news.dateline.site;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.testing.Deployments;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The VCL of {@code docker/varnish} for real: a varnishd from the system's packages (varnish,
 * varnish-modules) in front of the test server, on the port the test server purges
 * ({@code dateline.purge-urls}). Between the two sits a TCP forwarder that the test can cut, to make
 * Dateline unreachable, or to answer as a failing Dateline would. Skipped only when varnishd is not installed, and never in CI.
 */
@ExtendWith(ArquillianExtension.class)
class VarnishIT {

    static final Path VARNISHD = Path.of(System.getProperty("dateline.test.varnishd", "/usr/sbin/varnishd"));

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(VarnishIT.class);
    }

    @Inject
    HttpCachePurge purges;

    @Inject
    TestContent content;

    @Inject
    ArticleService articles;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private Forwarder forwarder;
    private Process varnishd;
    private URI varnish;
    private Path workdir;

    @BeforeEach
    void startVarnish() throws Exception {
        if (!Files.isExecutable(VARNISHD)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("varnishd is not installed (" + VARNISHD + "); .ci/run installs it");
            }
            Assumptions.abort("varnishd is not installed (apt-get install varnish varnish-modules)");
        }
        URI server = URI.create(System.getProperty("dateline.test.base-url"));
        varnish = URI.create(System.getProperty("dateline.purge-urls"));
        forwarder = new Forwarder(server.getPort());
        workdir = Files.createTempDirectory("dateline-varnish-it");
        // The deployment's part: Dateline behind the forwarder, probed often; purges from 127.0.0.1 only.
        Files.writeString(workdir.resolve("site.vcl"), """
                backend dateline {
                    .host = "127.0.0.1";
                    .port = "%d";
                    .probe = { .url = "/health/ready"; .interval = 200ms; .timeout = 1s; .window = 3; .threshold = 2; }
                }
                acl purgers { "127.0.0.1"; }
                """.formatted(forwarder.port()));
        Path vcl = Path.of(System.getProperty("dateline.test.project-dir", ".")).resolve("docker/varnish");
        varnishd = new ProcessBuilder(VARNISHD.toString(), "-F", "-j", "none", "-n", workdir.resolve("n").toString(),
                "-a", "127.0.0.1:" + varnish.getPort(), "-T", "127.0.0.1:0", "-s", "malloc,32m",
                "-p", "vcl_path=" + workdir + ":" + vcl, "-f", vcl.resolve("dateline.vcl").toString())
                .redirectErrorStream(true)
                .redirectOutput(workdir.resolve("varnishd.log").toFile())
                .start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!answers("/health/ready")) {
            if (!varnishd.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("varnishd did not start: " + Files.readString(workdir.resolve("varnishd.log")));
            }
            Thread.sleep(100);
        }
    }

    @AfterEach
    void stopVarnish() throws Exception {
        if (varnishd != null) {
            varnishd.destroy();
            varnishd.waitFor();
        }
        if (forwarder != null) {
            forwarder.close();
        }
    }

    @Test
    void publicPagesAreCachedAndNewsroomPagesAndSignedInReadersAreNot() throws Exception {
        content.newAccount(Role.WRITER);
        String page = "/section/" + content.newPublicSection();
        afterThePurgesOfTheNewContent();

        HttpResponse<Void> direct = http.send(HttpRequest.newBuilder(URI.create(System.getProperty(
                "dateline.test.base-url")).resolve(page)).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> first = get(page);
        HttpResponse<String> second = get(page);
        HttpResponse<String> newsroom = get("/newsroom/login");
        HttpResponse<String> newsroomAgain = get("/newsroom/login");
        HttpResponse<String> withSession = get(page, "Cookie", "DATELINE_SESSION=abc");

        // Dateline itself names the page's cache tags, for Varnish (xkey) and CDNs (Surrogate-Key).
        assertThat(direct.headers().firstValue("xkey").orElse("").split(" "))
                .contains(page.replace("/section/", "section:"), "sections");
        assertThat(direct.headers().firstValue("Surrogate-Key")).isEqualTo(direct.headers().firstValue("xkey"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(cache(first)).isEqualTo("MISS");
        assertThat(cache(second)).isEqualTo("HIT");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("xkey")).as("cache tags stay between Dateline and Varnish").isEmpty();
        assertThat(newsroom.statusCode()).isEqualTo(200);
        assertThat(cache(newsroomAgain)).isEqualTo("MISS");
        assertThat(newsroomAgain.headers().firstValue("Set-Cookie")).isPresent();
        assertThat(cache(withSession)).as("a reader with a session always reaches Dateline").isEqualTo("MISS");
    }

    @Test
    void aChangePurgesExactlyThePagesWithItsKeysWithinASecondAndOnlyAllowedAddressesMayPurge() throws Exception {
        String changed = "/section/" + content.newPublicSection();
        String untouched = "/section/" + content.newPublicSection();
        afterThePurgesOfTheNewContent();
        for (String page : List.of(changed, untouched)) {
            get(page);
            assertThat(cache(get(page))).isEqualTo("HIT");
        }
        String headline = "Varnish purge " + System.nanoTime();
        Article draft = content.draftBy(content.newAccount(Role.WRITER),
                anArticle().inSection(changed.substring("/section/".length())).withHeadline(headline));

        articles.publish(content.editorOf(content.newAccount(Role.EDITOR)), draft.getId(), draft.getVersion());
        long start = System.nanoTime();
        HttpResponse<String> after = get(changed);
        while (!after.body().contains(headline) && System.nanoTime() - start < 3_000_000_000L) {
            Thread.sleep(20);
            after = get(changed);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(after.body()).contains(headline);
        assertThat(millis).as("milliseconds from the commit until Varnish served the changed page").isLessThan(1000);
        assertThat(cache(get(untouched))).as("a page the change does not show stays in Varnish").isEqualTo("HIT");

        String refused = purgeFrom(InetAddress.getByName("127.0.0.2"), "xkey-purge",
                "section:" + untouched.substring("/section/".length()));
        assertThat(refused).startsWith("HTTP/1.1 403");
        assertThat(cache(get(untouched))).as("a purge from an address not allowed changes nothing").isEqualTo("HIT");
    }

    @Test
    void theLastCopyIsServedWhileDatelineIsUnreachable() throws Exception {
        String slug = content.newPublicSection();
        String neverAsked = "/section/" + content.newPublicSection();
        afterThePurgesOfTheNewContent();
        String page = "/section/" + slug;
        String cached = get(page).body();
        assertThat(cache(get(page))).isEqualTo("HIT");

        // Expired at once (kept for grace), then Dateline goes away before anyone asks again.
        assertThat(purgeFrom(InetAddress.getLoopbackAddress(), "xkey-softpurge", "section:" + slug))
                .startsWith("HTTP/1.1 200");
        List<String> purgesBefore = purgesReceived();
        forwarder.close();
        assertThat(get(neverAsked).statusCode())
                .as("a page Varnish never had cannot be served").isEqualTo(503);
        // Longer than the grace a healthy Dateline gets (10 s): only the sick probe lets the copy be served.
        Thread.sleep(11_000);
        HttpResponse<String> stale = get(page);

        // Every page carries the navigation's key: a hard purge of it sent meanwhile (a section made
        // public by another test's scheduled story, say) rightly takes the copy away; say so if it did.
        List<String> purgesAfter = purgesReceived();
        assertThat(stale.statusCode()).as("the last copy, served while Dateline is down; the backend: %s;"
                + " purges received during the outage: %s", varnishadm("backend.list"),
                purgesAfter.subList(Math.min(purgesBefore.size(), purgesAfter.size()), purgesAfter.size()))
                .isEqualTo(200);
        assertThat(stale.body()).isEqualTo(cached);
        assertThat(cache(stale)).isEqualTo("HIT");
    }

    @Test
    void aNinjsItemIsPurgedByItsArticlesKey() throws Exception {
        Article article = content.publish(anArticle().inSection(content.newSection()), Instant.now());
        String item = "/api/ninjs/articles/" + article.getId();
        afterThePurgesOfTheNewContent();
        get(item);
        assertThat(cache(get(item))).isEqualTo("HIT");

        assertThat(purgeFrom(InetAddress.getLoopbackAddress(), "xkey-purge", "article:" + article.getId()))
                .startsWith("HTTP/1.1 200");

        assertThat(cache(get(item))).as("purged by its article's key").isEqualTo("MISS");
    }

    /**
     * A stale copy being refreshed in the background while Dateline answers 5xx (before the probe has
     * marked it sick) stays: the error is not stored in its place, and readers keep getting the copy.
     */
    @Test
    void aBackgroundRefreshAnsweredWithAServerErrorKeepsTheStaleCopy() throws Exception {
        String slug = content.newPublicSection();
        afterThePurgesOfTheNewContent();
        String page = "/section/" + slug;
        String cached = get(page).body();
        assertThat(cache(get(page))).isEqualTo("HIT");
        assertThat(purgeFrom(InetAddress.getLoopbackAddress(), "xkey-softpurge", "section:" + slug))
                .startsWith("HTTP/1.1 200");

        forwarder.answerPagesWith503();
        HttpResponse<String> whileRefreshing = get(page);
        Thread.sleep(1000);
        HttpResponse<String> afterTheFailedRefresh = get(page);

        assertThat(forwarder.pagesAnswered503()).as("the background refresh reached the failing Dateline").isPositive();
        assertThat(whileRefreshing.statusCode()).isEqualTo(200);
        assertThat(whileRefreshing.body()).isEqualTo(cached);
        assertThat(afterTheFailedRefresh.statusCode()).as("the copy, not the error; the backend: %s",
                varnishadm("backend.list")).isEqualTo(200);
        assertThat(afterTheFailedRefresh.body()).isEqualTo(cached);
    }

    /** The keys of every purge Varnish has received so far, in order (from its shared-memory log). */
    private List<String> purgesReceived() throws IOException, InterruptedException {
        Path out = workdir.resolve("purges.txt");
        Process log = new ProcessBuilder(VARNISHD.resolveSibling("../bin/varnishlog").normalize().toString(), "-d",
                "-n", workdir.resolve("n").toString(), "-q", "ReqMethod eq \"PURGE\"", "-i", "ReqHeader")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!log.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            log.destroy();
        }
        return Files.readAllLines(out).stream().filter(line -> line.contains("xkey-")).map(String::strip).toList();
    }

    private String varnishadm(String command) throws IOException, InterruptedException {
        Process adm = new ProcessBuilder(VARNISHD.resolveSibling("../bin/varnishadm").normalize().toString(),
                "-n", workdir.resolve("n").toString(), command).redirectErrorStream(true).start();
        String answer = new String(adm.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        adm.waitFor();
        return answer.strip();
    }

    /**
     * Each change is purged at once and once more a second later: the test's pages are cached after
     * both, and after every purge still being retried (those of earlier tests, sent while no Varnish
     * listened, would otherwise arrive in the middle of this one).
     */
    private void afterThePurgesOfTheNewContent() throws InterruptedException {
        Thread.sleep(HttpCachePurge.REPEAT_AFTER.toMillis() + 500);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (purges.unsettled() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(purges.unsettled() + " purges still unsettled after a minute");
            }
            Thread.sleep(100);
        }
    }

    private boolean answers(String path) {
        try {
            return http.send(HttpRequest.newBuilder(varnish.resolve(path)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(varnish.resolve(path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String cache(HttpResponse<String> response) {
        return response.headers().firstValue("X-Cache").orElse("none");
    }

    /** A purge sent from the given local address; returns the status line and headers Varnish answered. */
    private String purgeFrom(InetAddress source, String header, String keys) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", varnish.getPort()), 5000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("PURGE / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + header + ": " + keys
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** Forwards TCP connections from a local port to the test server, until closed: then nothing answers there. */
    static final class Forwarder implements AutoCloseable {

        private final ServerSocket listener;
        private final Set<Socket> open = ConcurrentHashMap.newKeySet();
        private final java.util.concurrent.atomic.AtomicInteger answered503 = new java.util.concurrent.atomic.AtomicInteger();
        private volatile boolean failing;

        Forwarder(int target) throws IOException {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> {
                while (!listener.isClosed()) {
                    Socket client;
                    try {
                        client = listener.accept();
                    } catch (IOException e) {
                        continue; // closed
                    }
                    if (failing) {
                        answerItself(client);
                        continue;
                    }
                    try {
                        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                        open.add(client);
                        open.add(upstream);
                        pipe(client, upstream);
                        pipe(upstream, client);
                    } catch (IOException e) {
                        closeQuietly(client);
                    }
                }
            }, "varnish-it-forwarder");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        /**
         * From now on answers itself, as a Dateline failing after its health check would: 200 to the
         * health probe, 503 to everything else. Connections open until now are closed.
         */
        void answerPagesWith503() {
            failing = true;
            open.forEach(Forwarder::closeQuietly);
        }

        int pagesAnswered503() {
            return answered503.get();
        }

        private void answerItself(Socket client) {
            Thread answerer = new Thread(() -> {
                try (client; InputStream in = client.getInputStream(); OutputStream out = client.getOutputStream()) {
                    StringBuilder head = new StringBuilder();
                    int c;
                    while (head.indexOf("\r\n\r\n") < 0 && (c = in.read()) >= 0) {
                        head.append((char) c);
                    }
                    boolean health = head.toString().startsWith("GET /health/ready ");
                    if (!health) {
                        answered503.incrementAndGet();
                    }
                    String body = health ? "ready" : "down";
                    out.write(((health ? "HTTP/1.1 200 OK" : "HTTP/1.1 503 Service Unavailable")
                            + "\r\nContent-Type: text/plain\r\nContent-Length: " + body.length()
                            + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException e) {
                    // the cache hung up
                }
            }, "varnish-it-failing");
            answerer.setDaemon(true);
            answerer.start();
        }

        private void pipe(Socket from, Socket to) {
            Thread copier = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // one side closed
                } finally {
                    closeQuietly(from);
                    closeQuietly(to);
                }
            }, "varnish-it-pipe");
            copier.setDaemon(true);
            copier.start();
        }

        @Override
        public void close() {
            closeQuietly(listener);
            open.forEach(Forwarder::closeQuietly);
        }

        private static void closeQuietly(AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // already closed
            }
        }
    }
}
