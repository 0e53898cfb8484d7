package news.dateline.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The text of the load-test archive: stories in English and (about 15 %) Russian, drawn from word
 * lists of a few thousand words each ({@code demo/words-en.txt}, {@code demo/words-ru.txt}) with
 * Zipf-like frequencies, plus a long tail of made-up proper names, so that common words match most
 * stories and rare ones a handful. A story has a headline of 6–12 words, a lead of one or two
 * sentences and a body of 300–1,500 words in paragraphs, with one to three sub-headings and a quote,
 * in the HTML the body sanitizer keeps unchanged. It also picks its section, tags (a long tail of
 * thousands), bylines and photo by rank; the caller maps ranks to rows. The same random source always
 * gives the same story.
 */
final class ArchiveText {

    static final double RUSSIAN_SHARE = 0.15;
    static final double PHOTO_SHARE = 0.8;
    static final int MIN_BODY_WORDS = 300;
    static final int MAX_BODY_WORDS = 1_500;
    static final int ENGLISH_TAGS = 4_000;
    static final int RUSSIAN_TAGS = 1_000;
    static final int PHOTOS = 300;
    static final int SECTIONS = 8;
    static final int ENGLISH_REPORTERS = 40;
    static final int RUSSIAN_REPORTERS = 10;

    /** One generated story: its text and, by rank, what it is filed under and illustrated with. */
    record Story(boolean russian, String headline, String lead, String bodyHtml, int bodyWords, String place,
                 int section, int[] tags, int photo, String photoCaption, int[] reporters, long ageSeconds) {

        String language() {
            return russian ? "ru" : "en";
        }
    }

    /** A language's words, made-up names and places. */
    static final class Language {
        final String[] words;
        final Zipf wordRanks;
        final String[] names;
        final Zipf nameRanks;
        final String[] places;
        final String openQuote;
        final String closeQuote;

        Language(String[] words, String[] names, String[] places, String openQuote, String closeQuote) {
            this.words = words;
            this.wordRanks = new Zipf(words.length, 1.0, 2.7);
            this.names = names;
            this.nameRanks = new Zipf(names.length, 1.0, 10);
            this.places = places;
            this.openQuote = openQuote;
            this.closeQuote = closeQuote;
        }
    }

    private static final String[] ENGLISH_PLACES = {"London", "Washington", "Brussels", "Geneva", "Vienna", "Paris",
        "Berlin", "Madrid", "Rome", "Lisbon", "Oslo", "Stockholm", "Helsinki", "Warsaw", "Prague", "Budapest",
        "Athens", "Ankara", "Cairo", "Nairobi", "Lagos", "Johannesburg", "Delhi", "Mumbai", "Beijing", "Tokyo",
        "Seoul", "Jakarta", "Sydney", "Ottawa", "Toronto", "New York", "Chicago", "Mexico City", "Bogota", "Lima",
        "Santiago", "Buenos Aires", "Sao Paulo", "Moscow", "Astana", "Tbilisi", "Baku", "Dubai", "Riyadh", "Tehran"};
    private static final String[] RUSSIAN_PLACES = {"Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург",
        "Казань", "Нижний Новгород", "Самара", "Омск", "Ростов-на-Дону", "Уфа", "Красноярск", "Пермь", "Воронеж",
        "Волгоград", "Краснодар", "Саратов", "Тюмень", "Иркутск", "Хабаровск", "Владивосток", "Калининград",
        "Мурманск", "Архангельск", "Сочи", "Ярославль", "Томск", "Якутск", "Минск", "Астана", "Ереван"};
    private static final String[] ENGLISH_FIRST = {"Anna", "James", "Mei", "Carlos", "Sofia", "Ahmed", "Laura",
        "Daniel", "Priya", "Tom", "Elena", "Kwame", "Hannah", "Lucas", "Aisha", "Peter", "Chloe", "Mateo", "Ingrid",
        "Samuel"};
    private static final String[] ENGLISH_LAST = {"Okafor", "Lin", "Ruiz", "Lindqvist", "Haddad", "Bennett",
        "Moreau", "Kowalski", "Nakamura", "Fischer", "Mensah", "Rossi", "Patel", "Novak", "Silva", "Brennan",
        "Dubois", "Jensen", "Costa", "Whitaker"};
    private static final String[] RUSSIAN_FIRST = {"Анна", "Иван", "Мария", "Сергей", "Ольга", "Дмитрий",
        "Екатерина", "Алексей", "Наталья", "Михаил"};
    private static final String[] RUSSIAN_LAST = {"Петрова", "Соколов", "Морозова", "Волков", "Лебедева",
        "Козлов", "Новикова", "Орлов", "Зайцева", "Павлов"};
    private static final String[] AGENCIES = {"Dateline", "Reuters", "AP", "AFP", "TASS", "EPA", "Getty Images"};

    private final Language english;
    private final Language russian;
    private final Zipf englishTags = new Zipf(ENGLISH_TAGS, 1.1, 0.5);
    private final Zipf russianTags = new Zipf(RUSSIAN_TAGS, 1.1, 0.5);
    private final Zipf photos = new Zipf(PHOTOS, 0.6, 5);
    private final Zipf sections = new Zipf(SECTIONS, 0.7, 1);

    private ArchiveText(Language english, Language russian) {
        this.english = english;
        this.russian = russian;
    }

    static ArchiveText load() {
        Random names = new Random(13);
        return new ArchiveText(
                new Language(words("demo/words-en.txt"), names(names, 12_000, new String[] {"Al", "Ber", "Cal",
                    "Dor", "El", "Fen", "Gar", "Hal", "Ing", "Jor", "Kel", "Lan", "Mar", "Nor", "Or", "Pel", "Quin",
                    "Ros", "Sal", "Tor", "Ul", "Val", "Wes", "Yar", "Zel", "Brom", "Cran", "Dun", "Fair", "Glen",
                    "Hart", "Kings", "Lock", "Mill", "Ash", "Bright", "Stone", "Thorn", "Wick", "Black"},
                    new String[] {"a", "e", "i", "o", "", "an", "er", "in", "on", "el"},
                    new String[] {"ton", "ford", "ley", "wood", "field", "by", "well", "son", "man", "ridge", "worth",
                        "dale", "ham", "ston", "more", "wick", "combe", "land", "mere", "bury", "hurst", "ovic", "ani",
                        "ez", "sen", "berg", "stein", "ard", "ing", "ow"}),
                    ENGLISH_PLACES, "“", "”"),
                new Language(words("demo/words-ru.txt"), names(names, 5_000, new String[] {"Бор", "Вол", "Гор",
                    "Дуб", "Жук", "Зар", "Ив", "Кал", "Лав", "Мор", "Нов", "Ор", "Пес", "Рож", "Сав", "Тар", "Уш",
                    "Фед", "Хар", "Чер", "Шам", "Щег", "Яр", "Бел", "Кра", "Лес", "Мил", "Рад", "Сол", "Ста"},
                    new String[] {"а", "е", "и", "о", "", "ан", "ен", "ин", "ол", "ер"},
                    new String[] {"ов", "ев", "ин", "ский", "цкий", "енко", "ук", "ич", "ань", "ово", "ино", "ск",
                        "град", "поль", "ной", "ских", "ова", "ева", "ина", "ская"}),
                    RUSSIAN_PLACES, "«", "»"));
    }

    Language english() {
        return english;
    }

    Language russian() {
        return russian;
    }

    /** Every word form a story, tag or caption in this language may contain, for looking up their lexemes. */
    Set<String> forms(boolean inRussian) {
        Language language = inRussian ? russian : english;
        Set<String> forms = new java.util.HashSet<>();
        for (String[] words : List.of(language.words, language.names)) {
            for (String word : words) {
                forms.add(word);
                forms.add(capitalized(word));
            }
        }
        for (int n = 0; n <= 2_100; n++) {
            forms.add(Integer.toString(n));
        }
        return forms;
    }

    /** The names of the tags, most used first: single words, then pairs of words and names. */
    List<String> tagNames(boolean inRussian) {
        Language language = inRussian ? russian : english;
        int count = inRussian ? RUSSIAN_TAGS : ENGLISH_TAGS;
        SplittableRandom random = new SplittableRandom(inRussian ? 7 : 5);
        Set<String> slugs = new LinkedHashSet<>();
        List<String> tags = new ArrayList<>();
        for (int rank = 150; tags.size() < count / 4 && rank < language.words.length; rank += 3) {
            add(tags, slugs, capitalized(language.words[rank]));
        }
        while (tags.size() < count) {
            String first = random.nextInt(3) == 0 ? language.names[random.nextInt(language.names.length)]
                    : capitalized(language.words[100 + random.nextInt(language.words.length - 100)]);
            add(tags, slugs, first + " " + language.words[100 + random.nextInt(language.words.length - 100)]);
        }
        return tags;
    }

    private static void add(List<String> tags, Set<String> slugs, String name) {
        if (slugs.add(news.dateline.platform.Slug.fromTitle(name).value())) {
            tags.add(name);
        }
    }

    /** The reporters, English names first, then Russian ones. */
    static List<String> reporterNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ENGLISH_REPORTERS; i++) {
            names.add(ENGLISH_FIRST[i % ENGLISH_FIRST.length] + " " + ENGLISH_LAST[(i * 7 + i / 20) % ENGLISH_LAST.length]);
        }
        for (int i = 0; i < RUSSIAN_REPORTERS; i++) {
            names.add(RUSSIAN_FIRST[i] + " " + RUSSIAN_LAST[(i * 3) % RUSSIAN_LAST.length]);
        }
        return names;
    }

    /** Caption, credit and alt text of generated photo {@code rank}. */
    String[] photoText(int rank) {
        SplittableRandom random = new SplittableRandom(1_000 + rank);
        String caption = sentence(new StringBuilder(), random, english, new int[0], 8, 18).toString();
        String credit = english.names[random.nextInt(english.names.length)] + " / "
                + AGENCIES[random.nextInt(AGENCIES.length)];
        String alt = words(random, english, 5 + random.nextInt(6));
        return new String[] {caption, credit, alt};
    }

    Story story(SplittableRandom random) {
        boolean inRussian = random.nextDouble() < RUSSIAN_SHARE;
        Language language = inRussian ? russian : english;
        int[] topic = new int[8];
        for (int i = 0; i < topic.length; i++) {
            topic[i] = i < 6 ? 100 + random.nextInt(language.words.length - 100) : -1 - language.nameRanks.next(random);
        }
        StringBuilder headline = new StringBuilder();
        int headlineWords = 6 + random.nextInt(7);
        for (int i = 0; i < headlineWords; i++) {
            if (i > 0) {
                headline.append(' ');
            }
            String word = random.nextInt(5) < 2 ? word(language, topic[random.nextInt(topic.length)])
                    : word(random, language, topic);
            headline.append(i == 0 ? capitalized(word) : word);
        }
        StringBuilder lead = sentence(new StringBuilder(), random, language, topic, 12, 28);
        if (random.nextBoolean()) {
            sentence(lead.append(' '), random, language, topic, 8, 22);
        }
        // The last sentence, a late quote and sub-headings left over may add up to about a hundred words.
        int target = MIN_BODY_WORDS + (int) ((MAX_BODY_WORDS - 120 - MIN_BODY_WORDS) * Math.pow(random.nextDouble(), 1.6));
        StringBuilder body = new StringBuilder(target * 8);
        int headings = 1 + random.nextInt(3);
        int quoteAfter = 1 + random.nextInt(3);
        int words = 0;
        int paragraph = 0;
        int[] counter = new int[1];
        while (words < target) {
            if (paragraph > 0 && headings > 0 && paragraph % 3 == 1 + headings % 2) {
                int n = Math.min(2 + random.nextInt(5), Math.max(1, target - words));
                body.append("<h2>").append(capitalized(words(random, language, n, topic))).append("</h2>");
                words += n;
                headings--;
            }
            body.append("<p>");
            int sentences = 2 + random.nextInt(4);
            for (int s = 0; s < sentences && (s == 0 || words < target); s++) {
                if (s > 0) {
                    body.append(' ');
                }
                counter[0] = 0;
                sentence(body, random, language, topic, 8, Math.max(8, Math.min(26, target - words)), counter);
                words += counter[0];
            }
            body.append("</p>");
            paragraph++;
            if (paragraph == quoteAfter) {
                body.append("<blockquote><p>").append(language.openQuote);
                counter[0] = 0;
                sentence(body, random, language, topic, 10, 24, counter);
                body.append(language.closeQuote).append("</p></blockquote>");
                words += counter[0];
            }
        }
        while (headings-- > 0) {
            int n = 2 + random.nextInt(4);
            body.append("<h2>").append(capitalized(words(random, language, n, topic))).append("</h2><p>");
            counter[0] = 0;
            sentence(body, random, language, topic, 8, 16, counter);
            body.append("</p>");
            words += n + counter[0];
        }
        int tagCount = tagCount(random);
        int[] tags = distinct(random, inRussian ? russianTags : englishTags, tagCount);
        int photo = random.nextDouble() < PHOTO_SHARE ? photos.next(random) : -1;
        String photoCaption = photo >= 0 && inRussian
                ? sentence(new StringBuilder(), random, language, topic, 8, 16).toString() : null;
        int reporterCount = random.nextInt(20) == 0 ? 2 : 1;
        int[] reporters = new int[reporterCount];
        int first = inRussian ? ENGLISH_REPORTERS : 0;
        int pool = inRussian ? RUSSIAN_REPORTERS : ENGLISH_REPORTERS;
        reporters[0] = first + random.nextInt(pool);
        if (reporterCount == 2) {
            reporters[1] = first + (reporters[0] - first + 1 + random.nextInt(pool - 1)) % pool;
        }
        long age = random.nextLong(3_650L * 24 * 3600);
        return new Story(inRussian, headline.toString(), lead.toString(), body.toString(), words,
                language.places[random.nextInt(language.places.length)], sections.next(random), tags, photo,
                photoCaption, reporters, age);
    }

    /** One to six tags: mostly two to four. */
    private static int tagCount(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 12 ? 1 : roll < 37 ? 2 : roll < 62 ? 3 : roll < 80 ? 4 : roll < 92 ? 5 : 6;
    }

    private static int[] distinct(SplittableRandom random, Zipf zipf, int count) {
        int[] picked = new int[count];
        for (int i = 0; i < count; i++) {
            int rank;
            boolean repeated;
            do {
                rank = zipf.next(random);
                repeated = false;
                for (int j = 0; j < i; j++) {
                    repeated |= picked[j] == rank;
                }
            } while (repeated);
            picked[i] = rank;
        }
        return picked;
    }

    private StringBuilder sentence(StringBuilder out, SplittableRandom random, Language language, int[] topic,
                                   int min, int max) {
        return sentence(out, random, language, topic, min, max, new int[1]);
    }

    /** Appends a sentence of min..max words (capitalized, commas now and then, a full stop); counts its words. */
    private StringBuilder sentence(StringBuilder out, SplittableRandom random, Language language, int[] topic,
                                   int min, int max, int[] words) {
        int n = min + random.nextInt(Math.max(1, max - min + 1));
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(i > 2 && i < n - 2 && random.nextInt(14) == 0 ? ", " : " ");
            }
            String word = word(random, language, topic);
            if (i == 0) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                out.append(word);
            }
        }
        words[0] += n;
        return out.append('.');
    }

    /** A word of running text: mostly from the word list, now and then the story's own words, a name or a figure. */
    private static String word(SplittableRandom random, Language language, int[] topic) {
        int roll = random.nextInt(100);
        if (roll < 6 && topic.length > 0) {
            return word(language, topic[random.nextInt(topic.length)]);
        }
        if (roll < 9) {
            return language.names[language.nameRanks.next(random)];
        }
        if (roll < 10) {
            return Integer.toString(random.nextInt(3) == 0 ? 1990 + random.nextInt(36) : 2 + random.nextInt(998));
        }
        return language.words[language.wordRanks.next(random)];
    }

    private static String word(Language language, int rank) {
        return rank >= 0 ? language.words[rank] : language.names[-1 - rank];
    }

    private static String words(SplittableRandom random, Language language, int n) {
        return words(random, language, n, new int[0]);
    }

    private static String words(SplittableRandom random, Language language, int n, int[] topic) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(word(random, language, topic));
        }
        return out.toString();
    }

    static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String[] words(String resource) {
        try (InputStream in = ArchiveText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing word list " + resource);
            }
            Set<String> words = new LinkedHashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    for (String word : line.trim().split("\\s+")) {
                        if (!word.isEmpty()) {
                            words.add(word);
                        }
                    }
                }
            }
            return words.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Made-up proper names from syllables, shuffled so that frequent ones are spread over the alphabet. */
    private static String[] names(Random random, int count, String[] starts, String[] middles, String[] ends) {
        List<String> all = new ArrayList<>();
        for (String start : starts) {
            for (String middle : middles) {
                for (String end : ends) {
                    all.add(start + middle.toLowerCase(Locale.ROOT) + end);
                }
            }
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(all));
        java.util.Collections.shuffle(distinct, random);
        return distinct.subList(0, Math.min(count, distinct.size())).toArray(String[]::new);
    }
}
