/**
 * The desk around the stories: the dashboard with its queues and newsroom search, and the
 * notifications each account reads in the newsroom (submitted, returned with a note, scheduled,
 * published, corrected, mentioned), written from the article's events.
 */
package news.dateline.desk;
