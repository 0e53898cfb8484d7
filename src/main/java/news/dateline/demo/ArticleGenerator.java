package news.dateline.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import news.dateline.platform.CacheTag;
import news.dateline.platform.Slug;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Fills a migrated database with N published articles (N up to 1,000,000) that look like a newsroom's
 * archive, for load tests: text from {@link ArchiveText} (English and about 15 % Russian, bodies of
 * 300–1,500 words), eight sections, fifty reporters, thousands of tags used with a long tail, three
 * hundred photos on about 80 % of the stories, spread over ten years. The text is made in Java and
 * streamed into COPY while it is made, ten thousand articles per transaction, on two connections at
 * once. Each article's search vector is made in Java exactly as the database's trigger makes it for
 * articles saved by editors (a sample of every batch is checked against the trigger), when the
 * connection may skip triggers (a superuser); otherwise the trigger makes it. The photos' renditions
 * are left to the server, which makes missing ones when it starts (until then pages fall back to the
 * original). At the end it records a change that every cached page carries the tag of, so that running
 * servers drop their cached pages (HTTP caches in front keep theirs until they expire). Connection from the same {@code POSTGRESQL_*}
 * variables as the server. Usage: {@code ArticleGenerator <count>}.
 */
public final class ArticleGenerator {

    static final int BATCH = 10_000;
    /**
     * The cache tags of the change that tells running servers to drop their cached pages: the
     * navigation's, which every cached public page carries, and those of everything the archive adds to.
     */
    static final String DROP_EVERY_PAGE = String.join(" ", CacheTag.NAVIGATION, CacheTag.ALL_NEWS, CacheTag.SEARCH,
            CacheTag.SITEMAP);
    static final int CONNECTIONS = 2;
    /** How much of a batch is made before it is handed to COPY (characters). */
    private static final int COPY_CHUNK = 1 << 20;
    /** The search indexes' pending list while loading, and the memory that merges it into them. */
    private static final String PENDING_LIST = "256MB";
    private static final String[] SECTIONS = {"World", "Politics", "Economy", "Science", "Culture", "Sport",
        "Technology", "Health"};
    private static final String PHOTO_FILE = "generated-photo-%d.jpg";

    private ArticleGenerator() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length == 1 ? Integer.parseInt(args[0]) : 100_000;
        if (count < 1 || count > 1_000_000) {
            throw new IllegalArgumentException("Generate between 1 and 1,000,000 articles");
        }
        generate(System.getenv(), count, System.out, java.time.Clock.systemUTC());
    }

    /** What the batches map ranks to: rows of the database. */
    private record Rows(SearchVectors vectors, long[] sections, long[] englishTags, String[] englishTagNames, long[] russianTags,
                        String[] russianTagNames, long[] photos, long[] reporters, String[] reporterNames) {
    }

    /** @param clock the time the archive ends at: the newest article is published just before it */
    public static void generate(Map<String, String> env, int count, PrintStream out, java.time.Clock clock)
            throws SQLException, IOException {
        long start = System.nanoTime();
        ArchiveText text = ArchiveText.load();
        Rows rows;
        try (Connection db = connect(env)) {
            db.setAutoCommit(false);
            rows = prepare(db, text);
            db.commit();
        }
        out.printf("Sections, reporters, %d tags and %d photos ready in %.1f s%n",
                rows.englishTags.length + rows.russianTags.length, rows.photos.length, seconds(start));
        boolean vectorsInJava;
        try (Connection db = connect(env); Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            vectorsInJava = row.next() && row.getBoolean(1);
        }
        out.println(vectorsInJava ? "Search vectors made in Java (the trigger is skipped; a sample of every batch is"
                + " checked against it)" : "Search vectors made by the database's trigger (skipping it needs a"
                + " superuser); expect several times longer");
        long seed = System.nanoTime();
        Instant now = clock.instant();
        AtomicInteger nextBatch = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        int batches = (count + BATCH - 1) / BATCH;
        long[] textNanos = new long[1];
        List<java.util.concurrent.Callable<Void>> loaders = new ArrayList<>();
        for (int w = 0; w < Math.min(CONNECTIONS, batches); w++) {
            loaders.add(() -> {
                try (Connection db = connect(env)) {
                    db.setAutoCommit(false);
                    try (Statement statement = db.createStatement()) {
                        statement.execute("set synchronous_commit = off");
                        // New rows' search-index entries wait in the index's pending list and are merged
                        // into it in large sorted runs, instead of a few megabytes at a time.
                        statement.execute("set gin_pending_list_limit = '" + PENDING_LIST + "'");
                        statement.execute("set work_mem = '" + PENDING_LIST + "'");
                        if (vectorsInJava) {
                            statement.execute("set session_replication_role = replica");
                        }
                    }
                    SearchVectors.Builder vectors = vectorsInJava ? rows.vectors.builder() : null;
                    for (int b = nextBatch.getAndIncrement(); b < batches; b = nextBatch.getAndIncrement()) {
                        int n = Math.min(BATCH, count - b * BATCH);
                        long made = batch(db, text, rows, vectors, new SplittableRandom(seed + b), n, now);
                        synchronized (textNanos) {
                            textNanos[0] += made;
                        }
                        db.commit();
                        out.printf("%d articles%n", done.addAndGet(n));
                    }
                }
                return null;
            });
        }
        inParallel(loaders);
        double loaded = seconds(start);
        // What is still pending goes into the search indexes now, not at the first searches, while another
        // connection vacuums the articles and gathers the planner's statistics. The vacuum is what
        // autovacuum would do a little later after a bulk load: it marks the table's pages all-visible, so
        // that a search can read headlines from the index alone (article_published_headline) from the start,
        // and a database whose autovacuum is off still gets an archive as a running site would have it.
        finish(env, List.of(
                List.of("set work_mem = '" + PENDING_LIST + "'",
                        "select gin_clean_pending_list('article_search'::regclass)",
                        "select gin_clean_pending_list('article_headline_search'::regclass)",
                        "analyze article_tag, article_byline, tag, media_asset"),
                // Servers are told to drop their cached pages first: a change with the navigation's tag, which
                // every cached page carries (the sections are new too), read by every server's poller; the
                // generation's time is the Last-Modified of search results and sitemaps. These commits also
                // wait for the log, which writes the loaders' commits (made without waiting,
                // synchronous_commit off) to it before the vacuum: VACUUM marks no page all-visible while a
                // commit of a row on it may still be unwritten.
                List.of("insert into site_change (tags) values ('" + DROP_EVERY_PAGE + "')",
                        "update site_generation set generation = generation + 1, changed_at = now() where id = 1",
                        "vacuum (analyze) article")));
        out.printf("Generated %d articles in %.1f s (text made in Java: %.1f s of %d threads; indexes, vacuum and analyze %.1f s)%n",
                count, seconds(start), textNanos[0] / 1e9, CONNECTIONS, seconds(start) - loaded);
    }

    /** Runs each list of statements on a connection of its own, the lists at the same time. */
    private static void finish(Map<String, String> env, List<List<String>> work) throws SQLException {
        inParallel(work.stream().<java.util.concurrent.Callable<Void>>map(statements -> () -> {
            try (Connection db = connect(env); Statement statement = db.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            return null;
        }).toList());
    }

    /**
     * Runs the tasks on threads of their own and waits for them; the first failure is thrown, after the
     * others are interrupted (a statement already sent still runs to its end).
     */
    private static void inParallel(List<java.util.concurrent.Callable<Void>> tasks) throws SQLException {
        ExecutorService workers = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Void>> running = tasks.stream().map(workers::submit).toList();
            for (Future<Void> task : running) {
                task.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            workers.shutdownNow();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static Connection connect(Map<String, String> env) throws SQLException {
        String url = env.getOrDefault("POSTGRESQL_URL", "jdbc:postgresql://" + env.getOrDefault("POSTGRESQL_HOST",
                "localhost") + ":" + env.getOrDefault("POSTGRESQL_PORT", "5432") + "/"
                + env.getOrDefault("POSTGRESQL_DATABASE", "dateline"));
        return DriverManager.getConnection(url, env.getOrDefault("POSTGRESQL_USER", "dateline"),
                env.getOrDefault("POSTGRESQL_PASSWORD", "dateline"));
    }

    private static Rows prepare(Connection db, ArchiveText text) throws SQLException, IOException {
        try (Statement statement = db.createStatement()) {
            for (int i = 0; i < SECTIONS.length; i++) {
                statement.execute("insert into section (name, slug, position) select '" + SECTIONS[i] + "', '"
                        + SECTIONS[i].toLowerCase(java.util.Locale.ROOT) + "', coalesce(max(position) + 1, 0)"
                        + " from section on conflict (slug) do nothing");
            }
        }
        long[] sections = new long[SECTIONS.length];
        try (PreparedStatement find = db.prepareStatement("select id from section where slug = ?")) {
            for (int i = 0; i < SECTIONS.length; i++) {
                find.setString(1, SECTIONS[i].toLowerCase(java.util.Locale.ROOT));
                try (ResultSet row = find.executeQuery()) {
                    row.next();
                    sections[i] = row.getLong(1);
                }
            }
        }
        List<String> reporterNames = ArchiveText.reporterNames();
        long[] reporters = new long[reporterNames.size()];
        String[] bylines = new String[reporterNames.size()];
        try (PreparedStatement upsert = db.prepareStatement("insert into contributor (name, slug, bio)"
                + " values (?, ?, ?) on conflict (slug) do update set slug = excluded.slug returning id, name")) {
            for (int i = 0; i < reporters.length; i++) {
                upsert.setString(1, reporterNames.get(i));
                upsert.setString(2, "generated-reporter-" + (i + 1));
                upsert.setString(3, i < ArchiveText.ENGLISH_REPORTERS ? "Covers the news." : "Пишет о новостях.");
                try (ResultSet row = upsert.executeQuery()) {
                    row.next();
                    reporters[i] = row.getLong(1);
                    bylines[i] = row.getString(2);
                }
            }
        }
        List<String> english = text.tagNames(false);
        List<String> russian = text.tagNames(true);
        SearchVectors vectors = SearchVectors.load(db, text.forms(false), text.forms(true));
        return new Rows(vectors, sections, tags(db, english), english.toArray(String[]::new), tags(db, russian),
                russian.toArray(String[]::new), photos(db, text), reporters, bylines);
    }

    /** The ids of the tags of these names, made where missing (a tag of the same slug is reused). */
    private static long[] tags(Connection db, List<String> names) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("insert into tag (name, slug)"
                + " select name, slug from unnest(?::text[], ?::text[]) as t(name, slug) on conflict (slug) do nothing");
             PreparedStatement find = db.prepareStatement("select t.slug, t.id from tag t"
                     + " where t.slug = any(?::text[])")) {
            String[] slugs = names.stream().map(name -> Slug.fromTitle(name).value()).toArray(String[]::new);
            upsert.setArray(1, db.createArrayOf("text", names.toArray()));
            upsert.setArray(2, db.createArrayOf("text", slugs));
            upsert.executeUpdate();
            find.setArray(1, db.createArrayOf("text", slugs));
            Map<String, Long> ids = new java.util.HashMap<>();
            try (ResultSet row = find.executeQuery()) {
                while (row.next()) {
                    ids.put(row.getString(1), row.getLong(2));
                }
            }
            return java.util.Arrays.stream(slugs).mapToLong(ids::get).toArray();
        }
    }

    /** The generated photos, drawn and stored the first time (with caption, credit and alt text). */
    private static long[] photos(Connection db, ArchiveText text) throws SQLException, IOException {
        long[] ids = new long[ArchiveText.PHOTOS];
        try (PreparedStatement find = db.prepareStatement("select original_filename, id from media_asset"
                + " where original_filename like 'generated-photo-%.jpg'")) {
            try (ResultSet row = find.executeQuery()) {
                while (row.next()) {
                    String name = row.getString(1);
                    int rank = Integer.parseInt(name.substring("generated-photo-".length(), name.length() - 4));
                    if (rank < ids.length) {
                        ids[rank] = row.getLong(2);
                    }
                }
            }
        }
        int[] missing = IntStream.range(0, ids.length).filter(rank -> ids[rank] == 0).toArray();
        byte[][] jpegs = new byte[ids.length][];
        IntStream.of(missing).parallel().forEach(rank -> jpegs[rank] = photo(rank));
        try (PreparedStatement asset = db.prepareStatement("insert into media_asset (mime_type, byte_size, width,"
                + " height, caption, credit, original_filename, sha256, alt_text, focal_x, focal_y)"
                + " values ('image/jpeg', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id");
             PreparedStatement content = db.prepareStatement("insert into media_content (asset_id, bytes) values (?, ?)")) {
            for (int rank : missing) {
                String[] words = text.photoText(rank);
                asset.setLong(1, jpegs[rank].length);
                asset.setInt(2, PHOTO_WIDTH);
                asset.setInt(3, PHOTO_HEIGHT);
                asset.setString(4, words[0]);
                asset.setString(5, words[1]);
                asset.setString(6, PHOTO_FILE.formatted(rank));
                asset.setString(7, sha256(jpegs[rank]));
                asset.setString(8, words[2]);
                asset.setInt(9, 20 + rank * 7 % 61);
                asset.setInt(10, 25 + rank * 11 % 51);
                try (ResultSet row = asset.executeQuery()) {
                    row.next();
                    ids[rank] = row.getLong(1);
                }
                content.setLong(1, ids[rank]);
                content.setBytes(2, jpegs[rank]);
                content.executeUpdate();
            }
        }
        return ids;
    }

    /**
     * Makes {@code n} articles with their tags and bylines; returns the nanoseconds spent making the text.
     * The articles are streamed into COPY as they are made, so that the database stores one part of the
     * batch while the next is being written.
     */
    private static long batch(Connection db, ArchiveText text, Rows rows, SearchVectors.Builder vectors,
                              SplittableRandom random, int n, Instant now)
            throws SQLException, IOException {
        long[] ids = new long[n];
        try (Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery("select nextval(pg_get_serial_sequence('article', 'id'))"
                     + " from generate_series(1, " + n + ")")) {
            for (int i = 0; row.next(); i++) {
                ids[i] = row.getLong(1);
            }
        }
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        CopyIn articles = copy.copyIn("copy article (id, slug, headline, lead, body_html, dateline_place,"
                + " agency_mark, section_id, main_photo_id, photo_caption, status, published_at, first_published_at,"
                + " created_at, updated_at, language, search_tags" + (vectors != null ? ", search_vector" : "")
                + ") from stdin");
        long made = 0;
        StringBuilder tags = new StringBuilder(n * 40);
        StringBuilder bylines = new StringBuilder(n * 40);
        try {
            StringBuilder chunk = new StringBuilder(COPY_CHUNK + 64_000);
            for (int i = 0; i < n; i++) {
                long started = System.nanoTime();
                article(chunk, tags, bylines, text.story(random), ids[i], rows, vectors, now);
                boolean full = chunk.length() >= COPY_CHUNK || i == n - 1;
                byte[] bytes = full ? chunk.toString().getBytes(StandardCharsets.UTF_8) : null;
                made += System.nanoTime() - started;
                if (full) {
                    articles.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            articles.endCopy();
        } finally {
            if (articles.isActive()) {
                articles.cancelCopy();
            }
        }
        copy.copyIn("copy article_tag (article_id, position, tag_id) from stdin", utf8(tags));
        copy.copyIn("copy article_byline (article_id, position, name, contributor_id) from stdin", utf8(bylines));
        if (vectors != null) {
            check(db, ids, random);
        }
        return made;
    }

    /** Appends one article's row (in COPY's text format), its tags' and its bylines' rows. */
    private static void article(StringBuilder articles, StringBuilder tags, StringBuilder bylines,
                                ArchiveText.Story story, long id, Rows rows, SearchVectors.Builder vectors,
                                Instant now) {
        String[] tagNames = story.russian() ? rows.russianTagNames : rows.englishTagNames;
        long[] tagIds = story.russian() ? rows.russianTags : rows.englishTags;
        StringBuilder searchTags = new StringBuilder();
        for (int t = 0; t < story.tags().length; t++) {
            int rank = story.tags()[t];
            searchTags.append(t == 0 ? "" : " ").append(tagNames[rank]);
            tags.append(id).append('\t').append(t).append('\t').append(tagIds[rank]).append('\n');
        }
        for (int r = 0; r < story.reporters().length; r++) {
            int reporter = story.reporters()[r];
            bylines.append(id).append('\t').append(r).append('\t');
            field(bylines, rows.reporterNames[reporter]).append('\t').append(rows.reporters[reporter]).append('\n');
        }
        String at = now.minusSeconds(story.ageSeconds()).toString();
        String slug = Slug.fromTitle(story.headline()).value();
        int cut = slug.length() > 80 ? slug.lastIndexOf('-', 80) : -1;
        articles.append(id).append('\t').append(cut > 0 ? slug.substring(0, cut) : slug).append('-')
                .append(Long.toString(id, 36)).append('\t');
        field(articles, story.headline()).append('\t');
        field(articles, story.lead()).append('\t');
        field(articles, story.bodyHtml()).append('\t');
        field(articles, story.place()).append('\t').append("Dateline\t")
                .append(rows.sections[story.section()]).append('\t')
                .append(story.photo() < 0 ? "\\N" : Long.toString(rows.photos[story.photo()])).append('\t');
        field(articles, story.photoCaption()).append("\tPUBLISHED\t").append(at).append('\t').append(at)
                .append('\t').append(at).append('\t').append(at).append('\t').append(story.language()).append('\t');
        field(articles, searchTags.toString());
        if (vectors != null) {
            vectors.append(articles.append('\t'), story.russian(), story.headline(), story.lead(),
                    searchTags.toString(), story.bodyHtml());
        }
        articles.append('\n');
    }

    /** Compares the vectors of a hundred of the batch's articles with what the trigger computes for them. */
    private static void check(Connection db, long[] ids, SplittableRandom random) throws SQLException {
        Long[] sample = new Long[Math.min(100, ids.length)];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = ids[random.nextInt(ids.length)];
        }
        try (PreparedStatement query = db.prepareStatement("select count(*) from article a, lateral (select"
                + " case a.language when 'ru' then 'russian'::regconfig else 'english'::regconfig end as config) c"
                + " where a.id = any(?) and a.search_vector is distinct from ("
                + " setweight(to_tsvector(c.config, coalesce(a.headline, '')), 'A')"
                + " || setweight(to_tsvector(c.config, coalesce(a.lead, '')), 'B')"
                + " || setweight(to_tsvector(c.config, coalesce(a.search_tags, '')), 'B')"
                + " || setweight(to_tsvector(c.config, regexp_replace(coalesce(a.body_html, ''), '<[^>]+>', ' ',"
                + " 'g')), 'C'))")) {
            query.setArray(1, db.createArrayOf("bigint", sample));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                if (row.getLong(1) > 0) {
                    throw new IllegalStateException(row.getLong(1) + " of " + sample.length
                            + " sampled search vectors differ from the trigger's");
                }
            }
        }
    }

    private static ByteArrayInputStream utf8(StringBuilder rows) {
        return new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A value in COPY's text format: backslashes, tabs and line ends escaped; null as \N. */
    private static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    private static final int PHOTO_WIDTH = 800;
    private static final int PHOTO_HEIGHT = 533;

    /** A landscape-like picture: a sky, a horizon, hills and a few shapes, different for every rank. */
    static byte[] photo(int rank) {
        SplittableRandom random = new SplittableRandom(rank * 31L + 7);
        BufferedImage image = new BufferedImage(PHOTO_WIDTH, PHOTO_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int horizon = 180 + random.nextInt(200);
        g.setPaint(new GradientPaint(0, 0, color(random, 90, 255), 0, horizon, color(random, 150, 255)));
        g.fillRect(0, 0, PHOTO_WIDTH, horizon);
        g.setPaint(new GradientPaint(0, horizon, color(random, 30, 160), 0, PHOTO_HEIGHT, color(random, 10, 90)));
        g.fillRect(0, horizon, PHOTO_WIDTH, PHOTO_HEIGHT - horizon);
        for (int hill = 0; hill < 2 + random.nextInt(4); hill++) {
            g.setColor(color(random, 20, 140));
            int w = 200 + random.nextInt(500);
            g.fillOval(random.nextInt(PHOTO_WIDTH) - w / 2, horizon - 40 - random.nextInt(80), w, 200);
        }
        for (int shape = 0; shape < 3 + random.nextInt(8); shape++) {
            g.setColor(color(random, 0, 255));
            int x = random.nextInt(PHOTO_WIDTH);
            int y = random.nextInt(PHOTO_HEIGHT);
            int w = 20 + random.nextInt(160);
            int h = 20 + random.nextInt(220);
            switch (random.nextInt(3)) {
                case 0 -> g.fillRect(x, y, w, h);
                case 1 -> g.fillOval(x, y, w, h);
                default -> {
                    g.setStroke(new BasicStroke(2 + random.nextInt(8)));
                    g.drawLine(x, y, x + w, y - h);
                }
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Color color(SplittableRandom random, int low, int high) {
        return new Color(low + random.nextInt(high - low), low + random.nextInt(high - low),
                low + random.nextInt(high - low));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
