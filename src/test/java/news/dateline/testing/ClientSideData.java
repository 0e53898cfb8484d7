package news.dateline.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import news.dateline.account.PasswordHasher;

/**
 * For tests that run outside the server (browser tests): the few rows they need before a person
 * can start, written straight into the test database that {@link ItDatabase} prepared.
 */
public final class ClientSideData {

    private ClientSideData() {
    }

    /** An editor account with {@link TestContent#PASSWORD}; returns its username. */
    public static String newEditor() {
        return newAccount("EDITOR", "Browser Editor");
    }

    /** An account of this role with {@link TestContent#PASSWORD}; returns its username. */
    public static String newAccount(String role, String displayName) {
        String username = "browser-" + role.toLowerCase(java.util.Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        execute("insert into account (username, display_name, password_hash, role, enabled, must_change_password,"
                        + " created_at) values (?, ?, ?, ?, true, false, ?)",
                username, displayName, PasswordHasher.hash(TestContent.PASSWORD), role, Timestamp.from(Instant.now()));
        return username;
    }

    /** Makes sure a section with this name exists (slug: the lower-case name). */
    public static void section(String name) {
        execute("insert into section (name, slug, position) select ?, ?, coalesce(max(position), 0) + 1 from section"
                        + " on conflict (slug) do nothing", name, name.toLowerCase(java.util.Locale.ROOT));
    }

    /** Makes sure a section with this slug exists, named so (e.g. a Cyrillic name). */
    public static void section(String name, String slug) {
        execute("insert into section (name, slug, position) select ?, ?, coalesce(max(position), 0) + 1 from section"
                        + " on conflict (slug) do nothing", name, slug);
    }

    /** A published article in the section with this slug; returns its public path. */
    public static String publishedArticle(String sectionSlug, String headline) {
        String slug = "a11y-" + UUID.randomUUID();
        execute("insert into article (slug, headline, lead, body_html, dateline_place, agency_mark, section_id, status,"
                        + " published_at, first_published_at, created_at, updated_at) select ?, ?, ?, ?, 'Oslo', 'Dateline',"
                        + " s.id, 'PUBLISHED', timestamptz '2024-03-05 10:00:00+00', now(), now(), now()"
                        + " from section s where s.slug = ?",
                slug, headline, "A lead for " + headline,
                "<p>First paragraph.</p><h2>A sub-heading</h2><blockquote><p>\"A quote,\" she said.</p></blockquote>"
                        + "<ul><li>One</li><li>Two</li></ul><p>With <a href=\"https://example.org\">a link</a>.</p>",
                sectionSlug);
        return "/news/2024/03/05/" + slug;
    }

    private static void execute(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(System.getProperty("dateline.test.jdbc.url"),
                System.getProperty("dateline.test.jdbc.user"), System.getProperty("dateline.test.jdbc.password"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare test data: " + e.getMessage(), e);
        }
    }
}
