/**
 * Start-up (migrations, schema check), settings, the clock, view rendering, URLs, keyset paging,
 * HTTP plumbing and error pages. Holds no business rules and depends on no feature package.
 */
package news.dateline.platform;
