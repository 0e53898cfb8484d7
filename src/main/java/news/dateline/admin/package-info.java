/**
 * The back office for administrators: accounts and roles, the audit log, the database's
 * migrations (see, run, repair), plus health and metrics for operations.
 */
package news.dateline.admin;
