/**
 * The desk around the stories: the dashboard with its queues and newsroom search, the
 * notifications each account reads in the newsroom (submitted, returned with a note, scheduled,
 * published, corrected, mentioned), written from the article's events, and their e-mail copies (an
 * outbox written with them, sent by a mail thread through the configured SMTP server).
 */
package news.dateline.desk;
