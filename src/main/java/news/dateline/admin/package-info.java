/**
 * The back office for administrators: the database's migrations (see, run, repair), plus health
 * and metrics for operations.
 */
package news.dateline.admin;
