/**
 * The newsroom shell: sign-in and sign-out, the first-admin setup, one's own password, the
 * session and CSRF guards and the newsroom layout that every newsroom page is shown in.
 */
package news.dateline.newsroom;
