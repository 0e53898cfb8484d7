package news.dateline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import news.dateline.article.BodySanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The text of the load-test archive: lengths, structure, languages and the long tail of tags. */
class ArchiveTextTest {

    private static final ArchiveText TEXT = ArchiveText.load();

    @Test
    void wordListsHaveThousandsOfWords() {
        assertThat(TEXT.english().words.length).isGreaterThan(4_000);
        assertThat(TEXT.russian().words.length).isGreaterThan(3_000);
    }

    @Test
    void storiesHaveNewsShapedTextThatTheSanitizerKeepsAsItIs() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 300; i++) {
            ArchiveText.Story story = TEXT.story(random);
            assertThat(story.headline().split(" ").length).isBetween(6, 12);
            assertThat(story.headline().length()).isLessThanOrEqualTo(300);
            assertThat(story.lead().split("\\. ").length).isBetween(1, 2);
            assertThat(story.lead()).endsWith(".").hasSizeLessThanOrEqualTo(1_000);
            assertThat(BodySanitizer.sanitize(story.bodyHtml())).isEqualTo(story.bodyHtml());
            Document body = Jsoup.parseBodyFragment(story.bodyHtml());
            int words = body.body().text().split("\\s+").length;
            assertThat(words).isBetween(ArchiveText.MIN_BODY_WORDS, ArchiveText.MAX_BODY_WORDS)
                    .isEqualTo(story.bodyWords());
            assertThat(body.select("h2")).hasSizeBetween(1, 3);
            assertThat(body.select("blockquote > p")).hasSize(1);
            assertThat(body.select("body > p").size()).isGreaterThan(3);
            assertThat(story.tags().length).isBetween(1, 6);
            assertThat(Arrays.stream(story.tags()).distinct().count()).isEqualTo(story.tags().length);
            assertThat(story.headline()).matches(story.russian() ? "[\\p{IsCyrillic}0-9 ]+" : "[A-Za-z0-9 ]+");
        }
    }

    @Test
    void aboutOneStoryInSevenIsRussianAndFourInFiveHaveAPhoto() {
        SplittableRandom random = new SplittableRandom(7);
        int russian = 0;
        int photos = 0;
        Set<Integer> distinctPhotos = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            ArchiveText.Story story = TEXT.story(random);
            russian += story.russian() ? 1 : 0;
            if (story.photo() >= 0) {
                photos++;
                distinctPhotos.add(story.photo());
            }
        }
        assertThat(russian).isBetween(600, 900);
        assertThat(photos).isBetween(3_800, 4_200);
        assertThat(distinctPhotos).hasSizeGreaterThan(250);
    }

    @Test
    void tagsHaveALongTailAndWordsZipfLikeFrequencies() {
        SplittableRandom random = new SplittableRandom(3);
        int[] tagUses = new int[ArchiveText.ENGLISH_TAGS];
        int[] wordUses = new int[TEXT.english().words.length];
        for (int i = 0; i < 20_000; i++) {
            ArchiveText.Story story = TEXT.story(random);
            if (!story.russian()) {
                for (int tag : story.tags()) {
                    tagUses[tag]++;
                }
            }
        }
        for (int i = 0; i < 1_000_000; i++) {
            wordUses[TEXT.english().wordRanks.next(random)]++;
        }
        int[] sorted = Arrays.stream(tagUses).sorted().toArray();
        int median = sorted[sorted.length / 2];
        int top = sorted[sorted.length - 1];
        assertThat(top).as("the most used tag").isGreaterThan(50 * Math.max(1, median));
        assertThat(Arrays.stream(tagUses).filter(n -> n <= 5).count()).as("rarely used tags")
                .isGreaterThan(ArchiveText.ENGLISH_TAGS / 3);
        assertThat(wordUses[0]).isGreaterThan(100 * wordUses[wordUses.length - 1]);
        assertThat(tagNamesAreDistinct()).isTrue();
    }

    private static boolean tagNamesAreDistinct() {
        return new HashSet<>(TEXT.tagNames(false)).size() == ArchiveText.ENGLISH_TAGS
                && new HashSet<>(TEXT.tagNames(true)).size() == ArchiveText.RUSSIAN_TAGS;
    }
}
