package news.dateline.article;

import static news.dateline.testing.ArticleBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import news.dateline.testing.Deployments;
import news.dateline.testing.TestContent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search reads each band's matches in two parts, the recent articles and then the older ones: the
 * hits must be the same wherever the parts are split.
 */
@ExtendWith(ArquillianExtension.class)
class ArticleSearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ArticleSearchIT.class);
    }

    @Inject
    TestContent content;

    @Inject
    ArticleSearch search;

    @Test
    void theHitsAreTheSameWhereverTheRecentArticlesBegin() {
        String word = "quillmarsh" + System.nanoTime() % 100000;
        String section = content.newSection();
        Instant start = Instant.parse("2019-02-01T06:00:00Z");
        List<String> headlineMatches = new ArrayList<>();
        List<String> bodyMatches = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            Instant at = start.plusSeconds(86_400L * 37 * i);
            times.add(at);
            boolean inHeadline = i % 3 == 0;
            String headline = inHeadline ? "The " + word + " report, part " + i : "Harbour notes, part " + i + " " + word.length();
            content.publish(anArticle().inSection(section).withHeadline(headline)
                    .withBody("<p>Part " + i + (inHeadline ? " of the series.</p>" : " mentions the " + word + " again.</p>")), at);
            (inHeadline ? headlineMatches : bodyMatches).add(0, headline);
        }
        content.publish(anArticle().inSection(section).withHeadline("Unrelated " + word.length())
                .withBody("<p>Nothing to find here.</p>"), start.plusSeconds(86_400L * 5));
        List<String> expected = new ArrayList<>(headlineMatches);
        expected.addAll(bodyMatches);

        List<Instant> boundaries = new ArrayList<>(List.of(Instant.parse("0001-01-01T00:00:00Z"), start.minusSeconds(1),
                Instant.parse("2100-01-01T00:00:00Z")));
        boundaries.addAll(times);
        times.forEach(t -> boundaries.add(t.plusSeconds(1)));
        ArticleSearch.Criteria criteria = new ArticleSearch.Criteria(word, null, null, null);
        for (Instant boundary : boundaries) {
            for (int offset = 0; offset <= expected.size(); offset += 4) {
                List<String> page = search.search(criteria, offset, 4, boundary).stream().map(ArticleSearch.Hit::headline).toList();
                assertThat(page).as("offset %d, recent articles from %s", offset, boundary)
                        .containsExactlyElementsOf(expected.subList(offset, Math.min(expected.size(), offset + 4)));
            }
        }
        assertThat(search.search(criteria, 0, 20).stream().map(ArticleSearch.Hit::headline).toList())
                .containsExactlyElementsOf(expected);
        assertThat(search.search(new ArticleSearch.Criteria(word, section, start.plusSeconds(86_400L * 37 * 4), null), 0, 20,
                times.get(8)).stream().map(ArticleSearch.Hit::headline).toList())
                .containsExactlyElementsOf(expected.stream().filter(h -> Integer.parseInt(h.replaceAll(".*part (\\d+).*", "$1")) >= 4).toList());
    }

    @Test
    void aQueryRepeatingAWordOrItsFormsFindsWhatTheWordFinds() {
        String word = "brackwater" + letters(System.nanoTime());
        String section = content.newSection();
        Instant start = Instant.parse("2018-03-01T06:00:00Z");
        for (int i = 0; i < 5; i++) {
            content.publish(anArticle().inSection(section).withHeadline("The " + word + " inquiry, day " + i)
                    .withBody("<p>Day " + i + " of the hearings.</p>"), start.plusSeconds(86_400L * i));
        }
        content.publish(anArticle().inSection(section).withHeadline("Hearings close")
                .withBody("<p>The " + word + "s were heard again.</p>"), start.plusSeconds(86_400L * 9));
        List<String> once = headlines(word);
        assertThat(once).hasSize(6).startsWith("The " + word + " inquiry, day 4");
        assertThat(headlines(word + " " + word)).containsExactlyElementsOf(once);
        assertThat(headlines(word + "s " + word + " " + word.toUpperCase())).containsExactlyElementsOf(once);
    }

    @Test
    void aRussianQueryFindsRussianArticlesByAnyFormOfItsWords() {
        String section = content.newSection();
        String place = "Кварц" + letters(System.nanoTime()).replace('a', 'а').replace('b', 'б').replace('c', 'в')
                .replace('d', 'г').replace('e', 'д').replace('f', 'е').replace('g', 'ж').replace('h', 'з')
                .replace('i', 'и').replace('j', 'к') + "ск";
        Instant at = Instant.parse("2017-05-01T06:00:00Z");
        content.publish(anArticle().inSection(section).inLanguage("ru").withHeadline("Выборы в городе " + place)
                .withBody("<p>Жители города " + place + " выбрали мэра.</p>"), at);
        assertThat(headlines("выборов " + place + " " + place)).contains("Выборы в городе " + place);
    }

    /** A word of letters only (digits would make it a word no stemmer shortens). */
    private static String letters(long number) {
        StringBuilder letters = new StringBuilder();
        for (long n = number % 1_000_000_000L; n > 0; n /= 10) {
            letters.append((char) ('a' + n % 10));
        }
        return letters.toString();
    }

    private List<String> headlines(String query) {
        return search.search(new ArticleSearch.Criteria(query, null, null, null), 0, 20).stream()
                .map(ArticleSearch.Hit::headline).toList();
    }
}
