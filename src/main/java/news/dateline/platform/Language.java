package news.dateline.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Dateline speaks: its interface (newsroom and public site) and its articles. Each has
 * its own message bundle ({@code messages.properties} for English, {@code messages_ru.properties} for
 * Russian), its own way of writing dates and its own plural forms.
 */
public enum Language {

    EN("en", Locale.ENGLISH, "MMMM d, yyyy, HH:mm", "MMMM d, yyyy", "MMMM d"),
    RU("ru", Locale.forLanguageTag("ru"), "d MMMM yyyy, HH:mm", "d MMMM yyyy", "d MMMM");

    private final String code;
    private final Locale locale;
    private final java.time.format.DateTimeFormatter dateTime;
    private final java.time.format.DateTimeFormatter date;
    private final java.time.format.DateTimeFormatter datelineDate;

    Language(String code, Locale locale, String dateTime, String date, String datelineDate) {
        this.code = code;
        this.locale = locale;
        this.dateTime = java.time.format.DateTimeFormatter.ofPattern(dateTime, locale);
        this.date = java.time.format.DateTimeFormatter.ofPattern(date, locale);
        this.datelineDate = java.time.format.DateTimeFormatter.ofPattern(datelineDate, locale);
    }

    /** The ISO 639-1 code: {@code en}, {@code ru}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** e.g. {@code June 7, 2016, 17:45} or {@code 7 июня 2016, 17:45} */
    public java.time.format.DateTimeFormatter dateTimeFormat() {
        return dateTime;
    }

    /** e.g. {@code June 7, 2016} or {@code 7 июня 2016} */
    public java.time.format.DateTimeFormatter dateFormat() {
        return date;
    }

    /** The date of a wire dateline: {@code June 7} or {@code 7 июня}. */
    public java.time.format.DateTimeFormatter datelineDateFormat() {
        return datelineDate;
    }

    /**
     * The plural category of a whole number in this language, as CLDR names it: English has
     * {@code one} and {@code other}; Russian {@code one} (1, 21, 101…), {@code few} (2–4, 22–24…) and
     * {@code many} (0, 5–20, 25–30…).
     */
    public String pluralCategory(long number) {
        long n = Math.abs(number);
        return switch (this) {
            case EN -> n == 1 ? "one" : "other";
            case RU -> {
                long last = n % 10;
                long lastTwo = n % 100;
                if (last == 1 && lastTwo != 11) {
                    yield "one";
                }
                if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
                    yield "few";
                }
                yield "many";
            }
        };
    }

    /** The language of this code ({@code en}, {@code ru}, any case), if Dateline speaks it. */
    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of a locale, English for one Dateline does not speak. */
    public static Language ofLocale(Locale locale) {
        return locale != null && RU.code.equals(locale.getLanguage()) ? RU : EN;
    }

    /** The language of this code, or English for an unknown one (article rows always hold a known code). */
    public static Language ofArticle(String code) {
        return of(code).orElse(EN);
    }

    /**
     * The language a browser asks for first among those Dateline speaks, from its {@code Accept-Language}
     * header ({@code ru-RU,ru;q=0.9,en;q=0.8} gives Russian); empty when it names none of them, or when
     * the header cannot be read.
     */
    public static Optional<Language> preferredBy(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primary = range.getRange().split("-", 2)[0];
            Optional<Language> language = of(primary);
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }
}
