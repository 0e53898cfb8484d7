package news.dateline.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleText;

/**
 * Plausible filler stories for the demo: the same seed always gives the same stories, spread
 * evenly over the days before {@code newest}.
 */
final class GeneratedStories {

    record Story(ArticleDraft draft, Instant publishedAt) {
    }

    private static final String[][] BY_SECTION = {
        {"world", "Foreign ministers", "UN envoys", "Coastal states", "Border negotiators", "Aid agencies", "Summit hosts"},
        {"politics", "Lawmakers", "Coalition leaders", "Election officials", "Opposition leaders", "Senators",
            "City councillors"},
        {"economy", "Central bankers", "Grain exporters", "Port operators", "Carmakers", "Energy regulators",
            "Retail chains"},
        {"science", "Astronomers", "Climate researchers", "Marine biologists", "Physicists", "Geneticists",
            "Space engineers"},
    };
    private static final String[] ACTIONS = {
        "agree on a new timetable for", "warn of delays in", "publish a report on", "open talks on",
        "back a plan for", "question the cost of", "announce a review of", "set targets for"};
    private static final String[] TOPICS = {
        "water supplies", "regional transport links", "the autumn budget", "cross-border trade",
        "emergency reserves", "data sharing", "coastal protection", "research funding"};
    private static final String[] PLACES = {
        "Vienna", "Geneva", "Brussels", "Nairobi", "Ottawa", "Canberra", "Lisbon", "Seoul", "Santiago", "Oslo"};
    private static final String[] REPORTERS = {
        "Anna Petrova", "James Okafor", "Mei Lin", "Carlos Ruiz", "Sofia Lindqvist", "Ahmed Haddad"};

    private GeneratedStories() {
    }

    static List<Story> generate(int count, Instant newest, Duration span, long seed) {
        Random random = new Random(seed);
        List<Story> stories = new ArrayList<>();
        Duration step = span.dividedBy(count);
        for (int i = 0; i < count; i++) {
            String[] section = BY_SECTION[i % BY_SECTION.length];
            String actor = section[1 + random.nextInt(section.length - 1)];
            String action = ACTIONS[random.nextInt(ACTIONS.length)];
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String place = PLACES[random.nextInt(PLACES.length)];
            String headline = actor + " " + action + " " + topic;
            String lead = actor + " met in " + place + " on what officials described as a decisive week for "
                    + topic + ".";
            ArticleText text = new ArticleText(headline, lead, body(random, actor, topic, place), place, "Dateline");
            List<String> bylines = random.nextInt(3) == 0 ? List.of()
                    : List.of(REPORTERS[random.nextInt(REPORTERS.length)]);
            ArticleDraft draft = ArticleDraft.of(text, section[0], List.of(capitalize(topic), place), bylines,
                    null, null);
            Instant at = newest.minus(step.multipliedBy(i)).minusSeconds(random.nextInt(600));
            stories.add(new Story(draft, at));
        }
        return stories;
    }

    private static String body(Random random, String actor, String topic, String place) {
        return "<p>" + actor + " said on Tuesday that decisions on " + topic
                + " could no longer wait, after a meeting in " + place + " that ran late into the evening.</p>"
                + "<blockquote><p>\"We have the figures in front of us and they leave little room,\" one participant"
                + " said.</p></blockquote>"
                + "<h2>What comes next</h2>"
                + "<p>A working group is due to report within " + (2 + random.nextInt(6)) + " weeks. Its findings"
                + " will be published in full.</p>"
                + "<ul><li>Public hearings are planned.</li><li>A final vote is expected before the end of the"
                + " year.</li></ul>";
    }

    private static String capitalize(String text) {
        String stripped = text.startsWith("the ") ? text.substring(4) : text;
        return Character.toUpperCase(stripped.charAt(0)) + stripped.substring(1);
    }
}
