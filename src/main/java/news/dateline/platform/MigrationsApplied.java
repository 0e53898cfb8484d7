package news.dateline.platform;

/**
 * Migrations were applied when the deployment started, before any request. Observed by the
 * administration, which records it in the audit log.
 *
 * @param count         how many migrations ran
 * @param schemaVersion the schema's version afterwards
 */
public record MigrationsApplied(int count, String schemaVersion) {
}
