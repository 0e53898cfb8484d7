package news.dateline.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Fills a migrated database with N realistic published articles (N up to 1,000,000) for load tests:
 * eight sections, fifty contributors, two hundred tags, a handful of photos, spread over ten years.
 * Set-based SQL, ten thousand articles per transaction; at the end it moves the site generation so
 * that running servers drop their cached pages. Connection from the same {@code POSTGRESQL_*}
 * variables as the server. Usage: {@code ArticleGenerator <count>}.
 */
public final class ArticleGenerator {

    static final int BATCH = 10_000;
    private static final String[] SECTIONS = {"World", "Politics", "Economy", "Science", "Culture", "Sport",
        "Technology", "Health"};

    private ArticleGenerator() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length == 1 ? Integer.parseInt(args[0]) : 100_000;
        if (count < 1 || count > 1_000_000) {
            throw new IllegalArgumentException("Generate between 1 and 1,000,000 articles");
        }
        generate(System.getenv(), count, System.out);
    }

    public static void generate(Map<String, String> env, int count, PrintStream out) throws SQLException, IOException {
        String url = env.getOrDefault("POSTGRESQL_URL", "jdbc:postgresql://" + env.getOrDefault("POSTGRESQL_HOST",
                "localhost") + ":" + env.getOrDefault("POSTGRESQL_PORT", "5432") + "/"
                + env.getOrDefault("POSTGRESQL_DATABASE", "dateline"));
        try (Connection db = DriverManager.getConnection(url, env.getOrDefault("POSTGRESQL_USER", "dateline"),
                env.getOrDefault("POSTGRESQL_PASSWORD", "dateline"))) {
            db.setAutoCommit(false);
            prepare(db);
            db.commit();
            long start = System.nanoTime();
            for (int done = 0; done < count; done += BATCH) {
                articles(db, Math.min(BATCH, count - done));
                db.commit();
                out.printf("%d articles%n", Math.min(done + BATCH, count));
            }
            try (Statement statement = db.createStatement()) {
                statement.execute("analyze");
                statement.execute("update site_generation set generation = generation + 1, changed_at = now() where id = 1");
            }
            db.commit();
            out.printf("Generated %d articles in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
        }
    }

    private static void prepare(Connection db) throws SQLException, IOException {
        try (Statement statement = db.createStatement()) {
            for (int i = 0; i < SECTIONS.length; i++) {
                statement.execute("insert into section (name, slug, position) values ('" + SECTIONS[i] + "', '"
                        + SECTIONS[i].toLowerCase(java.util.Locale.ROOT) + "', " + i + ") on conflict (slug) do nothing");
            }
            statement.execute("insert into contributor (name, slug, bio) select 'Reporter ' || g, 'generated-reporter-' || g,"
                    + " 'Covers the news.' from generate_series(1, 50) g on conflict (slug) do nothing");
            statement.execute("insert into tag (name, slug) select 'Topic ' || g, 'generated-topic-' || g"
                    + " from generate_series(1, 200) g on conflict (slug) do nothing");
        }
        try (PreparedStatement asset = db.prepareStatement("insert into media_asset (mime_type, byte_size, width, height,"
                + " caption, credit, sha256, alt_text) values ('image/jpeg', ?, 300, 200, ?, 'GENERATED / PHOTO', ?, '')"
                + " returning id");
             PreparedStatement content = db.prepareStatement("insert into media_content (asset_id, bytes) values (?, ?)")) {
            for (int i = 0; i < 5; i++) {
                byte[] jpeg = photo(i);
                asset.setLong(1, jpeg.length);
                asset.setString(2, "Generated photo " + (i + 1));
                asset.setString(3, "generated-" + i);
                try (var rs = asset.executeQuery()) {
                    rs.next();
                    content.setLong(1, rs.getLong(1));
                    content.setBytes(2, jpeg);
                    content.executeUpdate();
                }
            }
        }
    }

    private static void articles(Connection db, int n) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("create temporary table if not exists generated (id bigint) on commit delete rows");
            statement.execute("""
                with words as (
                    select array['Ministers','Regulators','Scientists','Mayors','Unions','Exporters','Engineers',
                                 'Doctors','Farmers','Diplomats'] as who,
                           array['agree on','delay','question','back','review','reject','fund','announce'] as did,
                           array['new rail links','water prices','a climate plan','port expansion','school meals',
                                 'grain exports','wind farms','hospital budgets','border checks','data rules'] as what,
                           array['Vienna','Geneva','Lisbon','Oslo','Nairobi','Ottawa','Seoul','Santiago'] as place
                ), rows as (
                    select g, w.who[1 + floor(random() * 10)::int] as who, w.did[1 + floor(random() * 8)::int] as did,
                           w.what[1 + floor(random() * 10)::int] as what, w.place[1 + floor(random() * 8)::int] as place,
                           now() - random() * interval '3650 days' as at
                    from generate_series(1, %d) g, words w
                )
                insert into article (slug, headline, lead, body_html, dateline_place, agency_mark, section_id,
                                     main_photo_id, status, published_at, first_published_at, created_at, updated_at,
                                     language, search_tags)
                select 'generated-' || md5(random()::text || g), who || ' ' || did || ' ' || what,
                       who || ' met in ' || place || ' to discuss ' || what || '.',
                       '<p>' || who || ' said on Tuesday that talks on ' || what || ' would continue.</p>'
                       || '<p>Officials in ' || place || ' expect a decision before the end of the year.</p>'
                       || '<h2>What comes next</h2><p>A working group will report within weeks.</p>',
                       place, 'Dateline',
                       (select id from section order by random() + g * 0 limit 1),
                       case when random() < 0.5 then (select id from media_asset where sha256 like 'generated-%%'
                            order by random() + g * 0 limit 1) end,
                       'PUBLISHED', at, at, at, at, 'en', 'Topic ' || (1 + g %% 200)
                from rows
                """.formatted(n));
            statement.execute("insert into generated select id from article where search_tags like 'Topic %'"
                    + " and id not in (select article_id from article_tag)");
            statement.execute("insert into article_tag (article_id, position, tag_id) select g.id, 0, t.id"
                    + " from generated g join article a on a.id = g.id"
                    + " join tag t on t.name = a.search_tags");
            statement.execute("insert into article_byline (article_id, position, name, contributor_id)"
                    + " select g.id, 0, c.name, c.id from generated g"
                    + " join contributor c on c.slug = 'generated-reporter-' || (1 + g.id % 50)");
        }
    }

    private static byte[] photo(int variant) throws IOException {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40 + variant * 30, 80, 140 - variant * 15));
        g.fillRect(0, 0, 300, 200);
        g.setColor(Color.WHITE);
        g.drawString("Generated photo " + (variant + 1), 20, 100);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
