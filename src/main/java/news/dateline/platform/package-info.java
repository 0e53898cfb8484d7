/**
 * Start-up (migrations, schema check), settings, view rendering, HTTP plumbing and error pages.
 * Holds no business rules.
 */
package news.dateline.platform;
