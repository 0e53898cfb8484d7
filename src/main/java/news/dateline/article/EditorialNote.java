package news.dateline.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A note in a story's editorial thread: who wrote what, when; never shown to readers. */
@Entity
@Table(name = "article_note")
public class EditorialNote {

    public static final int MAX_LENGTH = 1000;
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@.])@([a-z0-9._-]{2,60})",
            Pattern.CASE_INSENSITIVE);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "body", nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "returned", nullable = false)
    private boolean returned;

    protected EditorialNote() {
    }

    EditorialNote(long articleId, Long accountId, String body, boolean returned, Instant at) {
        this.articleId = articleId;
        this.accountId = accountId;
        this.body = checked(body);
        this.returned = returned;
        this.at = at;
    }

    /**
     * The note's text, stripped: 1 to {@value #MAX_LENGTH} characters, no control characters but
     * line breaks and tabs, no unpaired surrogates.
     *
     * @throws NoteRefused otherwise, for the field {@code note}
     */
    public static String checked(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new NoteRefused("note", "notes.error.empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new NoteRefused("note", "notes.error.long");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
            boolean lone = Character.isHighSurrogate(c) ? i + 1 == value.length()
                    || !Character.isLowSurrogate(value.charAt(++i)) : Character.isLowSurrogate(c);
            if (control || lone || c == '\uFFFE' || c == '\uFFFF') {
                throw new NoteRefused("note", "notes.error.characters");
            }
        }
        return value;
    }

    /** The usernames named with {@code @} in a text, lower case, in order of appearance. */
    public static Set<String> mentions(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text == null ? "" : text);
        while (matcher.find()) {
            names.add(matcher.group(1).replaceAll("[.]+$", "").toLowerCase(java.util.Locale.ROOT));
        }
        names.removeIf(name -> name.length() < 2);
        return names;
    }

    public Long getId() {
        return id;
    }

    public long getArticleId() {
        return articleId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getAt() {
        return at;
    }

    public String getBody() {
        return body;
    }

    public boolean isReturned() {
        return returned;
    }
}
