/**
 * The audit log: an append-only record of sign-ins, status changes, corrections, account changes
 * and migration runs, with actor, time, target and address; read and filtered by admins.
 */
package news.dateline.audit;
