package news.dateline.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import news.dateline.account.Editor;

/**
 * Each editor's autosaved, unsaved work on an article (or on a new one): kept on the server so a
 * browser crash loses nothing, private to its author, and never a revision until it is saved.
 */
@ApplicationScoped
@Transactional
public class PersonalDrafts {

    /** Autosaved form values and when they were sent. */
    public record Autosave(Instant savedAt, Map<String, String> values) {
    }

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    news.dateline.platform.NewsroomClock clock;

    public void keep(Editor editor, Long articleId, Map<String, String> values) {
        String payload = values.entrySet().stream()
                .filter(e -> ArticleForm.FIELDS.contains(e.getKey()))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        discard(editor, articleId);
        Query insert = em.createNativeQuery("insert into personal_draft (account_id, article_id, saved_at, payload)"
                        + " values (:me, " + (articleId == null ? "null" : ":article") + ", :now, :payload)")
                .setParameter("me", editor.accountId())
                .setParameter("now", Timestamp.from(clock.now()))
                .setParameter("payload", payload);
        forArticle(insert, articleId).executeUpdate();
    }

    public Optional<Autosave> find(Editor editor, Long articleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = forArticle(em.createNativeQuery("select saved_at, payload from personal_draft"
                        + " where account_id = :me" + articleCondition(articleId))
                .setParameter("me", editor.accountId()), articleId)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : ((String) rows.get(0)[1]).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
            }
        }
        return Optional.of(new Autosave(news.dateline.platform.SqlValues.instant(rows.get(0)[0]), values));
    }

    public void discard(Editor editor, Long articleId) {
        forArticle(em.createNativeQuery("delete from personal_draft where account_id = :me"
                        + articleCondition(articleId))
                .setParameter("me", editor.accountId()), articleId)
                .executeUpdate();
    }

    private static String articleCondition(Long articleId) {
        return articleId == null ? " and article_id is null" : " and article_id = :article";
    }

    private static Query forArticle(Query query, Long articleId) {
        return articleId == null ? query : query.setParameter("article", articleId);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
