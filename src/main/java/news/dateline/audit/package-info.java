/**
 * The audit log: an append-only record of sign-ins, status changes, corrections, account changes
 * and migration runs, with actor, time, target and address. Depends on no feature; the page that
 * reads it belongs to the administration.
 */
package news.dateline.audit;
