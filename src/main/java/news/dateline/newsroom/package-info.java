/**
 * The newsroom shell: sign-in and sign-out, the first-admin setup, the session and CSRF guards,
 * the newsroom layout and the dashboard.
 */
package news.dateline.newsroom;
