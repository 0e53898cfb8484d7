/**
 * The desk's conversation about stories: editorial notes with @mentions, stories sent back to
 * their writers with a note, the notifications each account reads in the newsroom, and their
 * e-mail copies (an outbox written with them, sent by a mail thread through the configured SMTP
 * server).
 */
package news.dateline.desk;
