/**
 * Newsroom accounts, their roles and what each role may do, passwords, and sign-in with
 * throttling. The pages that manage accounts are the administration's; the sign-in page is the
 * newsroom's.
 */
package news.dateline.account;
