package news.dateline.platform;

/** Fired once the schema is migrated and checked, before the first request is served. */
public record ApplicationStarted() {
}
