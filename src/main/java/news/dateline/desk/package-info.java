/**
 * The desk's conversation about stories: editorial notes with @mentions, stories sent back to
 * their writers with a note, and the notifications each account reads in the newsroom.
 */
package news.dateline.desk;
