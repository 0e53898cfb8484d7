package news.dateline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import news.dateline.platform.CacheTag;
import news.dateline.platform.DatabaseCommand;
import news.dateline.testing.ScratchDatabase;
import org.junit.jupiter.api.Test;

/** The load-test generator on a freshly migrated database of its own. */
class ArticleGeneratorIT {

    @Test
    void fillsAMigratedDatabaseWithPublishedArticlesAcrossSectionsAuthorsTagsLanguagesAndTenYears() throws Exception {
        try (ScratchDatabase db = new ScratchDatabase()) {
            PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
            assertThat(DatabaseCommand.run(new String[] {"migrate"}, db.environment(), quiet, quiet)).isZero();

            // The archive's newest stories are published in the week before the clock's time.
            ArticleGenerator.generate(db.environment(), 12_345, quiet,
                    java.time.Clock.fixed(java.time.Instant.parse("2025-03-01T12:00:00Z"), java.time.ZoneOffset.UTC));

            try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select count(*), count(distinct section_id),"
                         + " count(main_photo_id), min(published_at) < '2016-03-01T12:00:00Z',"
                         + " (select count(distinct article_id) from article_tag),"
                         + " (select count(distinct contributor_id) from article_byline),"
                         + " count(*) filter (where search_vector is not null),"
                         + " (select generation from site_generation),"
                         + " count(*) filter (where language = 'ru'),"
                         + " count(*) filter (where search_vector is distinct from (setweight(to_tsvector(c.config,"
                         + " headline), 'A') || setweight(to_tsvector(c.config, lead), 'B') || setweight(to_tsvector("
                         + " c.config, search_tags), 'B') || setweight(to_tsvector(c.config, regexp_replace(body_html,"
                         + " '<[^>]+>', ' ', 'g')), 'C'))),"
                         + " (select count(distinct tag_id) from article_tag),"
                         + " max(published_at) <= '2025-03-01T12:00:00Z' and max(published_at) > '2025-02-22T12:00:00Z'"
                         + " from article, lateral (select case language when 'ru' then 'russian'::regconfig"
                         + " else 'english'::regconfig end as config) c where status = 'PUBLISHED'")) {
                row.next();
                assertThat(row.getLong(1)).isEqualTo(12_345);
                assertThat(row.getLong(2)).isEqualTo(8);
                assertThat(row.getLong(3)).as("with a photo").isBetween(9_300L, 10_400L);
                assertThat(row.getBoolean(4)).as("spread over ten years").isTrue();
                assertThat(row.getLong(5)).isEqualTo(12_345);
                assertThat(row.getLong(6)).isEqualTo(50);
                assertThat(row.getLong(7)).as("searchable").isEqualTo(12_345);
                assertThat(row.getLong(8)).as("servers told to drop their caches").isPositive();
                assertThat(row.getLong(9)).as("in Russian").isBetween(1_500L, 2_200L);
                assertThat(row.getLong(10)).as("search vectors as the trigger makes them").isZero();
                assertThat(row.getLong(11)).as("tags used").isGreaterThan(2_000);
                assertThat(row.getBoolean(12)).as("the archive ends at the clock's time").isTrue();
            }
            // Running servers drop every cached page: a change their pollers read, with the navigation's
            // tag that every cached public page carries.
            try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select count(*) from site_change"
                         + " where '" + CacheTag.NAVIGATION + "' = any (string_to_array(tags, ' '))")) {
                row.next();
                assertThat(row.getLong(1)).as("a change that drops every cached page").isEqualTo(1);
            }
            // Vacuumed as autovacuum would after a bulk load: searches read headlines from an index alone.
            try (Connection connection = db.connect(); Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("select relpages, relallvisible from pg_class"
                         + " where oid = 'article'::regclass")) {
                row.next();
                assertThat(row.getLong(1)).isPositive();
                assertThat(row.getLong(2)).as("pages marked all-visible").isGreaterThanOrEqualTo(row.getLong(1) * 9 / 10);
            }
        }
    }
}
