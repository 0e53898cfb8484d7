/**
 * Newsroom accounts, their roles and what each role may do, passwords, sign-in with throttling,
 * and the signed-in user of a request.
 */
package news.dateline.account;
