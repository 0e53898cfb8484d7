/**
 * Articles: their fields, the sanitized body, tags, bylines, the publication status and its
 * transitions, revisions, the editorial thread of notes, the editor, and the read side that public
 * pages list and show. Tells the desk what happened through events ({@link news.dateline.article.StoryEvent},
 * {@link news.dateline.article.NoteWritten}).
 */
package news.dateline.article;
