package news.dateline.newsroom;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.dateline.account.Role;
import news.dateline.article.Article;
import news.dateline.testing.Deployments;
import news.dateline.testing.NewsroomClient;
import news.dateline.testing.RawHttp;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A corpus of hostile values (NUL, U+FFFE, unpaired surrogates and other bytes that are not UTF-8, a
 * megabyte, negative and huge numbers, wrong types, markup) in every field of every newsroom form
 * answers 2xx, 3xx or 4xx, never a server error; and a form refused with a 400 has changed nothing.
 */
@ExtendWith(ArquillianExtension.class)
class HostileFormValuesIT {

    /**
     * Values as their bytes reach the server, percent-encoded: a lone high and a lone low surrogate in the
     * form UTF-8 would give them (what a broken client sends; Java's own client turns them into '?'), a
     * code point past U+10FFFF, an overlong NUL, a byte that begins no UTF-8 character, a cut-off sequence.
     */
    private static final List<String> ENCODED = List.of("a%ED%A0%80b", "%ED%B0%80", "%F4%90%80%80", "%C0%80",
            "%FF", "x%E2%82");

    /** The same kind of bytes raw in a request body, not percent-encoded. */
    private static final List<byte[]> RAW = List.of(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'},
            new byte[] {(byte) 0xED, (byte) 0xB0, (byte) 0x80}, new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {'x', (byte) 0xE2, (byte) 0x82});

    private static final List<String> VALUES = List.of("a\u0000b", "\uFFFE", "x".repeat(1_000_000), "-1",
            "99999999999999999999", "abc", "", "<script>alert(1)</script>", "2016-13-45T99:99", "\u202Eevil");

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(HostileFormValuesIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    news.dateline.contributor.ContributorService contributors;

    @Inject
    news.dateline.media.MediaLibrary media;

    @Inject
    news.dateline.account.LoginThrottle throttle;

    @jakarta.persistence.PersistenceUnit
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    private String slowdown;

    @org.junit.jupiter.api.BeforeEach
    void noSlowdown() {
        slowdown = System.getProperty("dateline.login-slowdown-ms");
        System.setProperty("dateline.login-slowdown-ms", "0");
    }

    /** The hostile sign-ins count against this machine's address: other tests sign in from it too. */
    @org.junit.jupiter.api.AfterEach
    void forgetTheFailedSignIns() {
        System.setProperty("dateline.login-slowdown-ms", slowdown == null ? "250" : slowdown);
        throttle.clear("address:127.0.0.1");
    }

    @Test
    void noNewsroomFormAnswersAServerErrorWhateverItIsSent() {
        TestContent.Login admin = content.newAccount(Role.ADMIN);
        TestContent.Login victim = content.newAccount(Role.WRITER);
        NewsroomClient client = new NewsroomClient();
        client.signIn(admin.username(), admin.password());
        String section = content.newSection();
        Article article = content.publish(anArticle().inSection(section), Instant.parse("2016-06-07T11:32:00Z"));
        String story = "/newsroom/articles/" + article.getId();
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put("/newsroom/contributors", List.of("name", "bio", "photoId", "accountId"));
        forms.put("/newsroom/accounts", List.of("username", "displayName", "role", "password", "email"));
        forms.put("/newsroom/accounts/" + victim.username() + "/email", List.of("email"));
        forms.put("/newsroom/account/email", List.of("email"));
        forms.put("/newsroom/accounts/" + victim.username() + "/role", List.of("role"));
        forms.put("/newsroom/accounts/" + victim.username() + "/reset-password", List.of("temporaryPassword"));
        forms.put("/newsroom/account/password", List.of("current", "password", "passwordAgain"));
        forms.put("/newsroom/sections", List.of("name", "position"));
        forms.put("/newsroom/sections/" + section, List.of("name", "position"));
        forms.put(story + "/withdraw", List.of("version", "reason", "confirm"));
        forms.put(story + "/return-to-draft", List.of("version", "reason", "confirm"));
        forms.put(story + "/unschedule", List.of("version"));
        forms.put(story + "/revisions/1/restore", List.of("version", "confirm"));
        forms.put(story + "/send-back", List.of("version", "note"));
        forms.put(story + "/notes", List.of("note"));
        forms.put(story + "/autosave", List.of("headline", "lead", "body", "version"));
        Footprint footprint = new Footprint(article.getId(), 0, section, 0, victim.accountId(), admin.accountId());
        List<String> serverErrors = new ArrayList<>();
        List<String> changedByARefusal = new ArrayList<>();
        for (Map.Entry<String, List<String>> form : forms.entrySet()) {
            for (String value : VALUES) {
                Map<String, String> fields = new LinkedHashMap<>();
                form.getValue().forEach(field -> fields.put(field, value));
                // Every form is answered, even one over the size limit: the server reads a refused body
                // to its end before it answers, so the client, still sending, sees the 413 page.
                check(footprint, () -> client.post(form.getKey(), fields).statusCode(), form.getKey() + " "
                        + shortened(value), serverErrors, changedByARefusal);
            }
            for (String encoded : ENCODED) {
                Map<String, String> fields = new LinkedHashMap<>();
                form.getValue().forEach(field -> fields.put(field, encoded));
                check(footprint, () -> client.postEncoded(form.getKey(), fields).statusCode(), form.getKey() + " "
                        + encoded, serverErrors, changedByARefusal);
            }
        }
        List<String> editorFields = List.of("headline", "lead", "body", "datelinePlace", "agencyMark", "section",
                "tags", "byline1", "bylineText", "publishAt", "embargoUntil", "photoId", "photoCaption", "slug",
                "version", "language", "correctionNote", "baseRevision", "action");
        for (String target : List.of("/newsroom/articles", story)) {
            for (String value : VALUES) {
                Map<String, String> fields = new LinkedHashMap<>();
                editorFields.forEach(field -> fields.put(field, value));
                check(footprint, () -> client.postMultipart(target, fields, null, null, null).statusCode(),
                        "multipart " + target + " " + shortened(value), serverErrors, changedByARefusal);
            }
        }

        assertThat(changedByARefusal).as("refused with a 400, yet something stored changed").isEmpty();
        assertThat(serverErrors).isEmpty();
        assertThat(client.get("/newsroom").statusCode()).as("still signed in and working").isEqualTo(200);
    }

    @Test
    void theOtherNewsroomFormsAnswerNoServerErrorAndARefusalChangesNothing() {
        TestContent.Login admin = content.newAccount(Role.ADMIN);
        TestContent.Login victim = content.newAccount(Role.WRITER);
        NewsroomClient client = new NewsroomClient();
        client.signIn(admin.username(), admin.password());
        String section = content.newSection();
        Article article = content.publish(anArticle().inSection(section), Instant.parse("2016-06-07T11:32:00Z"));
        String story = "/newsroom/articles/" + article.getId();
        long contributor = contributors.createUnchecked("Hostile Contributor " + System.nanoTime(), "Bio", null, null)
                .getId();
        long photo = media.store(news.dateline.testing.Fixtures.samplePhoto(), "hostile.jpg", "Caption", "AP").getId();
        Footprint footprint = new Footprint(article.getId(), contributor, section, photo, victim.accountId(),
                admin.accountId());
        List<String> editorFields = List.of("headline", "lead", "body", "datelinePlace", "agencyMark", "section",
                "tags", "byline1", "bylineText", "publishAt", "embargoUntil", "photoId", "photoCaption", "slug",
                "version", "language", "correctionNote", "baseRevision", "action", "go", "q");
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put("/newsroom/contributors/" + contributor, List.of("name", "bio", "photoId", "accountId"));
        forms.put("/newsroom/media/" + photo, List.of("caption", "credit", "altText", "for"));
        forms.put("/newsroom/media/" + photo + "/focal-point", List.of("focalX", "focalY", "for"));
        forms.put("/newsroom/media", List.of("caption", "credit", "altText", "file"));
        forms.put(story + "/photo-picker", editorFields);
        forms.put("/newsroom/articles/new/photo-picker", editorFields);
        forms.put(story + "/photo", List.of("photoId"));
        forms.put("/newsroom/articles/new/photo", List.of("photoId"));
        forms.put("/newsroom/articles/new/autosave", List.of("headline", "lead", "body", "section", "version"));
        forms.put(story + "/lock", List.of("version"));
        forms.put(story + "/lock/take-over", List.of("version"));
        forms.put(story + "/autosave/discard", List.of("version"));
        forms.put("/newsroom/articles/new/autosave/discard", List.of("version"));
        for (String action : List.of("up", "down", "retire", "restore")) {
            forms.put("/newsroom/sections/" + section + "/" + action, List.of("name", "position"));
        }
        forms.put("/newsroom/sections/no-such-section-" + System.nanoTime() + "/delete", List.of("name"));
        forms.put("/newsroom/accounts/" + victim.username() + "/disable", List.of("username", "role"));
        forms.put("/newsroom/accounts/" + victim.username() + "/enable", List.of("username", "role"));
        forms.put("/newsroom/admin/database/migrate", List.of("confirm", "version"));
        forms.put("/newsroom/admin/database/repair", List.of("confirm", "version"));
        List<String> serverErrors = new ArrayList<>();
        List<String> changedByARefusal = new ArrayList<>();
        for (Map.Entry<String, List<String>> form : forms.entrySet()) {
            for (String value : VALUES) {
                Map<String, String> fields = new LinkedHashMap<>();
                form.getValue().forEach(field -> fields.put(field, value));
                check(footprint, () -> client.post(form.getKey(), fields).statusCode(), form.getKey() + " "
                        + shortened(value), serverErrors, changedByARefusal);
            }
            for (String encoded : ENCODED) {
                Map<String, String> fields = new LinkedHashMap<>();
                form.getValue().forEach(field -> fields.put(field, encoded));
                check(footprint, () -> client.postEncoded(form.getKey(), fields).statusCode(), form.getKey() + " "
                        + encoded, serverErrors, changedByARefusal);
            }
        }
        RawHttp raw = new RawHttp();
        List<String> rawTargets = new ArrayList<>(forms.keySet());
        rawTargets.addAll(List.of("/newsroom/articles", story, "/newsroom/contributors", "/newsroom/sections",
                "/newsroom/sections/" + section, story + "/notes", story + "/send-back", story + "/withdraw",
                "/newsroom/account/password", "/newsroom/account/email"));
        for (String target : rawTargets) {
            for (byte[] bytes : RAW) {
                check(footprint, () -> raw.send(client.rawPost(target, "application/x-www-form-urlencoded",
                        formWith(client.csrfToken(), bytes, "headline", "name", "caption", "note", "email", "reason",
                                "photoId", "focalX", "current", "password", "passwordAgain"))).status(),
                        target + " raw " + java.util.HexFormat.of().formatHex(bytes), serverErrors, changedByARefusal);
            }
        }
        for (String target : List.of("/newsroom/articles", story, story + "/photo-picker", "/newsroom/media")) {
            for (byte[] bytes : RAW) {
                check(footprint, () -> raw.send(client.rawPost(target, "multipart/form-data; boundary=" + BOUNDARY,
                        multipartWith(client.csrfToken(), bytes, editorFields))).status(),
                        target + " raw multipart " + java.util.HexFormat.of().formatHex(bytes), serverErrors,
                        changedByARefusal);
            }
        }

        assertThat(serverErrors).isEmpty();
        assertThat(changedByARefusal).as("refused with a 400, yet something stored changed").isEmpty();
        assertThat(client.get("/newsroom").statusCode()).as("still signed in and working").isEqualTo(200);
    }

    @Test
    void signingInAndSettingUpAnswerNoServerErrorWhateverTheyAreSent() {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put("/newsroom/login", List.of("username", "password", "next"));
        forms.put("/newsroom/setup", List.of("username", "displayName", "password", "passwordAgain"));
        List<String> serverErrors = new ArrayList<>();
        for (Map.Entry<String, List<String>> form : forms.entrySet()) {
            for (String value : VALUES) {
                NewsroomClient stranger = new NewsroomClient();
                stranger.get(form.getKey());
                Map<String, String> fields = new LinkedHashMap<>();
                form.getValue().forEach(field -> fields.put(field, value));
                int status = stranger.post(form.getKey(), fields).statusCode();
                if (status >= 500) {
                    serverErrors.add(status + " " + form.getKey() + " " + shortened(value));
                }
            }
            for (String encoded : ENCODED) {
                NewsroomClient stranger = new NewsroomClient();
                stranger.get(form.getKey());
                Map<String, String> fields = new LinkedHashMap<>();
                form.getValue().forEach(field -> fields.put(field, encoded));
                int status = stranger.postEncoded(form.getKey(), fields).statusCode();
                if (status >= 500) {
                    serverErrors.add(status + " " + form.getKey() + " " + encoded);
                }
            }
        }
        assertThat(serverErrors).isEmpty();
    }

    private static final String BOUNDARY = "----hostile-bytes";

    /** A URL-encoded body with the token and these fields, each holding {@code bytes} as they are. */
    private static byte[] formWith(String token, byte[] bytes, String... fields) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("_csrf=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8))
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (String field : fields) {
            body.writeBytes(("&" + field + "=").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            body.writeBytes(bytes);
        }
        return body.toByteArray();
    }

    /** A multipart body with the token and these fields, each holding {@code bytes} as they are. */
    private static byte[] multipartWith(String token, byte[] bytes, List<String> fields) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        text.accept("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n");
        for (String field : fields) {
            text.accept("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n");
            body.writeBytes(bytes);
            text.accept("\r\n");
        }
        text.accept("--" + BOUNDARY + "--\r\n");
        return body.toByteArray();
    }

    /** Sends one request; notes a server error, and a 400 after which something stored is not as it was. */
    private void check(Footprint footprint, java.util.function.IntSupplier request, String what,
                       List<String> serverErrors, List<String> changedByARefusal) {
        String before = footprint.now();
        int status = request.getAsInt();
        if (status >= 500 || status == 0) {
            serverErrors.add(status + " " + what);
        } else if (status == 400) {
            String after = footprint.now();
            if (!after.equals(before)) {
                changedByARefusal.add(what + ": " + before + " -> " + after);
            }
        }
    }

    /** What a refused form must leave as it was: the rows the forms aim at, and how many rows there are. */
    private final class Footprint {

        private final String sql;

        Footprint(long article, long contributor, String section, long photo, long victim, long admin) {
            sql = "select concat_ws(' | ', (select count(*) from article), (select count(*) from article_revision),"
                    + " (select count(*) from audit_event), (select count(*) from contributor),"
                    + " (select count(*) from section), (select count(*) from media_asset),"
                    + " (select count(*) from account), (select count(*) from personal_draft),"
                    + " (select md5(a::text) from article a where a.id = " + article + "),"
                    + " (select md5(c::text) from contributor c where c.id = " + contributor + "),"
                    + " (select md5(s::text) from section s where s.slug = '" + section + "'),"
                    + " (select md5(m::text) from media_asset m where m.id = " + photo + "),"
                    + " (select md5(string_agg(a::text, ',' order by a.id)) from account a where a.id in ("
                    + victim + ", " + admin + ")))";
        }

        String now() {
            jakarta.persistence.EntityManager em = entityManagerFactory.createEntityManager();
            try {
                return (String) em.createNativeQuery(sql).getSingleResult();
            } finally {
                em.close();
            }
        }
    }

    private static String shortened(String value) {
        String visible = value.replace("\u0000", "\\0");
        return visible.length() > 30 ? visible.substring(0, 30) + "…(" + value.length() + ")" : visible;
    }
}
