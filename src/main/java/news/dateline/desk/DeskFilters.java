package news.dateline.desk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import news.dateline.article.ArticleSearch;
import news.dateline.article.ArticleStatus;
import news.dateline.article.DeskQueue;
import news.dateline.article.NewsroomSearch;
import news.dateline.platform.NewsroomClock;

/**
 * The dashboard's queue and search filters as a GET request carries them. A value that cannot be
 * used becomes an error for its field (a message key), never an exception out of the page; the
 * values are kept as typed so the form shows them again.
 */
final class DeskFilters {

    static final String[] FIELDS = {"queue", "q", "author", "section", "status", "from", "to"};

    /** A filter value that cannot be used: which field, and the message that says why. */
    static final class InvalidFilter extends RuntimeException {

        private final String field;
        private final String messageKey;

        InvalidFilter(String field, String messageKey) {
            super(field + ": " + messageKey, null, false, false);
            this.field = field;
            this.messageKey = messageKey;
        }
    }

    private final Map<String, String> typed = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private DeskQueue queue = DeskQueue.ALL;
    private String words;
    private Long contributorId;
    private ArticleStatus status;
    private String sectionSlug;
    private Instant from;
    private Instant until;

    private DeskFilters() {
    }

    /**
     * Reads the filters; {@code sections} and {@code contributors} are the values the form offers,
     * anything else is refused.
     */
    static DeskFilters read(Function<String, String> parameter, NewsroomClock clock, Set<String> sections,
                            Set<Long> contributors) {
        DeskFilters filters = new DeskFilters();
        for (String field : FIELDS) {
            String value = parameter.apply(field);
            filters.typed.put(field, value == null ? "" : value);
        }
        filters.take("queue", value -> filters.queue = DeskQueue.fromToken(value)
                .orElseThrow(() -> new InvalidFilter("queue", "desk.error.queue")));
        filters.take("q", value -> filters.words = words(value));
        filters.take("author", value -> filters.contributorId = contributor(value, contributors));
        filters.take("section", value -> filters.sectionSlug = section(value, sections));
        filters.take("status", value -> filters.status = status(value));
        filters.take("from", value -> filters.from = day(value, clock, 0, "from"));
        filters.take("to", value -> filters.until = day(value, clock, 1, "to"));
        return filters;
    }

    boolean valid() {
        return errors.isEmpty();
    }

    DeskQueue queue() {
        return queue;
    }

    NewsroomSearch.Criteria criteria() {
        return new NewsroomSearch.Criteria(queue, words, contributorId, status, sectionSlug, from, until);
    }

    /** Field name to message key, in the order of the form. */
    Map<String, String> errors() {
        return errors;
    }

    /** The values as typed, for the form. */
    Map<String, String> typed() {
        return typed;
    }

    /** The filters as the start of a query string ending in {@code &}, for the next page's link. */
    String query() {
        StringBuilder query = new StringBuilder();
        for (String field : FIELDS) {
            String value = typed.get(field).strip();
            if (!value.isEmpty()) {
                query.append(field).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        }
        return query.toString();
    }

    private void take(String field, java.util.function.Consumer<String> reader) {
        if (!news.dateline.platform.UsableText.usable(typed.get(field), true)) {
            errors.put(field, news.dateline.platform.FormInput.UNUSABLE);
            return;
        }
        try {
            reader.accept(typed.get(field));
        } catch (InvalidFilter e) {
            errors.put(e.field, e.messageKey);
        }
    }

    private static String words(String value) {
        String text = value.replaceAll("\\p{Cntrl}", " ").strip();
        if (text.length() > ArticleSearch.MAX_QUERY_LENGTH) {
            throw new InvalidFilter("q", "desk.error.q");
        }
        return text.isEmpty() ? null : text;
    }

    private static Long contributor(String value, Set<Long> contributors) {
        if (value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (contributors.contains(id)) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below, like any id that is not offered
        }
        throw new InvalidFilter("author", "desk.error.author");
    }

    private static String section(String value, Set<String> sections) {
        if (value.isBlank()) {
            return null;
        }
        if (!sections.contains(value.strip())) {
            throw new InvalidFilter("section", "desk.error.section");
        }
        return value.strip();
    }

    private static ArticleStatus status(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFilter("status", "desk.error.status");
        }
    }

    private static Instant day(String value, NewsroomClock clock, int plusDays, String field) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return clock.startOfDay(value, plusDays);
        } catch (DateTimeException e) {
            throw new InvalidFilter(field, "desk.error.date");
        }
    }
}
