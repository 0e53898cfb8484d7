/**
 * Articles: their fields, the sanitized body, tags, bylines, the publication status and its
 * transitions, and the read side that public pages list and show.
 */
package news.dateline.article;
