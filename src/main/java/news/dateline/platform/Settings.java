package news.dateline.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Run-time settings. Each setting {@code dateline.some-name} is read from the system property of
 * that name first, then from the environment variable {@code DATELINE_SOME_NAME}.
 */
@ApplicationScoped
public class Settings {

    /**
     * {@code production} (the default) or {@code demo}. Production starts with migrate-on-start and
     * demo content off; demo turns both on. Each can still be set on its own.
     */
    public boolean demoMode() {
        String mode = value("dateline.mode").orElse("production").toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "demo", "dev" -> true;
            case "production" -> false;
            default -> throw new IllegalStateException("dateline.mode is production or demo, not: " + mode);
        };
    }

    public boolean migrateOnStart() {
        return flag("dateline.migrate-on-start", demoMode());
    }

    public boolean demoContent() {
        return flag("dateline.demo-content", demoMode());
    }

    /** Further Flyway locations, comma-separated (e.g. {@code filesystem:/srv/dateline/extra}). */
    public java.util.List<String> extraMigrationLocations() {
        return value("dateline.extra-migration-locations").map(v -> java.util.Arrays.stream(v.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(java.util.List.of());
    }

    /** The bearer token that unlocks {@code /metrics}; without one, metrics are not served. */
    public java.util.Optional<String> metricsToken() {
        return value("dateline.metrics-token");
    }

    /**
     * The proxies and load balancers whose {@code X-Forwarded-For} is believed: IP addresses and CIDR
     * ranges, IPv4 or IPv6, comma-separated. None by default: the direct peer is the client.
     */
    public java.util.List<String> trustedProxies() {
        return value("dateline.trusted-proxies").map(v -> java.util.Arrays.stream(v.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList()).orElse(java.util.List.of());
    }

    /** The newsroom's time zone: every time a person reads is shown in it. */
    public ZoneId newsroomZone() {
        String zone = value("dateline.time-zone").orElse("UTC");
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalStateException("dateline.time-zone is not a time zone: " + zone, e);
        }
    }

    /**
     * The language of the public site's interface (its menus, listings, search page and messages):
     * {@code en} (the default) or {@code ru}. Each article still carries its own language.
     */
    public Language siteLanguage() {
        String code = value("dateline.site-language").orElse("en");
        return Language.of(code).orElseThrow(() ->
                new IllegalStateException("dateline.site-language is en or ru, not: " + code));
    }

    /** Seconds between two autosaves of the article editor's unsaved work (while there is any). */
    public int autosaveSeconds() {
        return Math.max(1, number("dateline.autosave-seconds", 15));
    }

    /** Minutes a newsroom session may stay idle before it ends. */
    public int sessionIdleMinutes() {
        return number("dateline.session-idle-minutes", 30);
    }

    /** Extra delay per failed sign-in past the first few. */
    public long loginSlowdownMillis() {
        return number("dateline.login-slowdown-ms", 1000);
    }

    /** Seconds between two runs of the publication scheduler; articles go live at most this late. */
    public int schedulerIntervalSeconds() {
        return Math.max(1, number("dateline.scheduler-interval-seconds", 5));
    }

    /**
     * Seconds between two looks at the schema while it is behind the code: a server started before
     * the migrations ran starts serving by itself once they have run.
     */
    public int schemaRecheckSeconds() {
        return Math.max(1, number("dateline.schema-recheck-seconds", 5));
    }

    /**
     * The site's public address, e.g. {@code https://news.example}: the only source of absolute URLs
     * (canonical links, feeds, sitemaps, ninjs). Required in production; demo mode defaults to
     * {@code http://localhost:8080}. Never derived from a request's {@code Host} or {@code X-Forwarded-*}.
     *
     * @return the address without a trailing slash
     * @throws IllegalStateException when it is missing in production or not an absolute http(s) address
     */
    public String publicUrl() {
        String configured = value("dateline.public-url").orElseGet(() -> {
            if (demoMode()) {
                return "http://localhost:8080";
            }
            throw new IllegalStateException("dateline.public-url (DATELINE_PUBLIC_URL) must be set in production,"
                    + " e.g. https://news.example: absolute links are never taken from requests");
        });
        return PublicUrl.parse(configured).toString();
    }

    /**
     * The host names this site answers as: the public URL's host and {@code dateline.allowed-hosts}
     * (comma-separated, e.g. the name a load balancer's health check uses); in demo mode also the
     * local machine's names. Requests for any other host are answered without the page cache.
     */
    public java.util.Set<String> allowedHosts() {
        java.util.Set<String> hosts = new java.util.HashSet<>();
        hosts.add(PublicUrl.parse(publicUrl()).host());
        if (demoMode()) {
            hosts.addAll(java.util.List.of("localhost", "127.0.0.1", "[::1]"));
        }
        value("dateline.allowed-hosts").ifPresent(v -> java.util.Arrays.stream(v.split(","))
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).forEach(hosts::add));
        return java.util.Set.copyOf(hosts);
    }

    /**
     * The HTTP caches in front of the site that are told which pages to drop when content changes
     * (Varnish with xkey: {@code PURGE} requests to each address), comma-separated, e.g.
     * {@code http://varnish-1:6081/,http://varnish-2:6081/}. None by default.
     */
    public java.util.List<java.net.URI> purgeUrls() {
        return value("dateline.purge-urls").map(v -> java.util.Arrays.stream(v.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Settings::purgeUrl).toList())
                .orElse(java.util.List.of());
    }

    private static java.net.URI purgeUrl(String value) {
        try {
            java.net.URI uri = new java.net.URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw new IllegalStateException("dateline.purge-urls holds http(s) addresses such as"
                + " http://varnish:6081/, not: " + value);
    }

    /**
     * How many searches a server works on at once; more wait their turn (see the site's
     * {@code SearchAdmission}). By default twice the processors the JVM may use.
     */
    public int searchConcurrency() {
        return Math.max(1, number("dateline.search-concurrency", 2 * Runtime.getRuntime().availableProcessors()));
    }

    /** How long a search may wait for its turn before the server answers that it is busy, in milliseconds. */
    public int searchWaitMillis() {
        return Math.max(0, number("dateline.search-wait-ms", 10_000));
    }

    /** How much memory the page cache may hold, in megabytes; 0 switches it off. */
    public int pageCacheMegabytes() {
        return Math.max(0, number("dateline.page-cache-mb", 32));
    }

    /**
     * How much memory, in megabytes of the Java heap, keeps the articles that article pages show, ready
     * to render, so that a page the page cache does not hold is rendered without reading the database;
     * 0 switches it off. Independent of the page cache.
     */
    public int articleMemoryMegabytes() {
        return Math.max(0, number("dateline.article-memory-mb", 8));
    }

    /**
     * Who may show public pages in a frame ({@code frame-ancestors} sources, e.g.
     * {@code https://partner.example}); nobody unless configured. The newsroom can never be framed.
     */
    public Optional<String> publicFrameAncestors() {
        return value("dateline.frame-ancestors").map(v -> {
            if (!v.matches("[A-Za-z0-9:/.*' -]{1,500}")) {
                throw new IllegalStateException("dateline.frame-ancestors holds CSP sources such as"
                        + " https://partner.example, not: " + v);
            }
            return v;
        });
    }

    /** The most pixels, in millions, an uploaded photo may have; larger ones are refused before decoding. */
    public int maxPhotoMegapixels() {
        return Math.max(1, number("dateline.max-photo-megapixels", 50));
    }

    public String siteName() {
        return value("dateline.site-name").orElse("Dateline");
    }

    /**
     * Whether notifications are also sent by e-mail: true as soon as {@code dateline.smtp-host} is
     * set. Cheap and never fails, so the desk may ask it inside an editorial action.
     */
    public boolean mailEnabled() {
        return value("dateline.smtp-host").isPresent();
    }

    /**
     * The SMTP server that notification e-mails go through, when {@code dateline.smtp-host} is set:
     * {@code dateline.smtp-port} (587 by default), {@code dateline.smtp-username} and
     * {@code dateline.smtp-password} (sign in only when a username is given),
     * {@code dateline.smtp-from} (required: the sender, e.g. {@code Dateline <newsroom@news.example>})
     * and {@code dateline.smtp-starttls} (on by default: the connection must be upgraded to TLS
     * before anything else is sent).
     *
     * @throws IllegalStateException when a value is unusable or the sender is missing
     */
    public Optional<Smtp> smtp() {
        Optional<String> host = value("dateline.smtp-host");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        if (!host.get().matches("[A-Za-z0-9.:\\[\\]-]{1,253}")) {
            throw new IllegalStateException("dateline.smtp-host is a host name or address, not: " + host.get());
        }
        int port = number("dateline.smtp-port", 587);
        if (port < 1 || port > 65535) {
            throw new IllegalStateException("dateline.smtp-port must be between 1 and 65535, not: " + port);
        }
        String from = value("dateline.smtp-from").orElseThrow(() -> new IllegalStateException(
                "dateline.smtp-from (DATELINE_SMTP_FROM) must be set with dateline.smtp-host,"
                        + " e.g. \"Dateline <newsroom@news.example>\""));
        try {
            if (from.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || from.length() > 320) {
                throw new jakarta.mail.internet.AddressException("control characters or too long");
            }
            new jakarta.mail.internet.InternetAddress(from, true).validate();
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException("dateline.smtp-from is one address, e.g. Dateline <newsroom@news.example>,"
                    + " not: " + from, e);
        }
        return Optional.of(new Smtp(host.get(), port, value("dateline.smtp-username"),
                value("dateline.smtp-password"), from, flag("dateline.smtp-starttls", true)));
    }

    /** The SMTP server's settings; {@link #toString()} leaves the password out. */
    public record Smtp(String host, int port, Optional<String> username, Optional<String> password, String from,
                       boolean startTls) {

        @Override
        public String toString() {
            return host + ":" + port + (startTls ? " (STARTTLS)" : " (no TLS)")
                    + username.map(u -> " as " + u).orElse("") + ", from " + from;
        }
    }

    static Optional<String> value(String name) {
        String fromProperty = System.getProperty(name);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty.trim());
        }
        String fromEnvironment = System.getenv(environmentName(name));
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment.trim());
        }
        return Optional.empty();
    }

    static String environmentName(String name) {
        return name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static int number(String name, int defaultValue) {
        return value(name).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(name + " must be a whole number, not: " + v, e);
            }
        }).orElse(defaultValue);
    }

    private static boolean flag(String name, boolean defaultValue) {
        return value(name).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalStateException(name + " must be true or false, not: " + v);
        }).orElse(defaultValue);
    }
}
