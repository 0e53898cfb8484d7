/**
 * What editors put in front of readers beyond the chronological listings: the breaking-news banner shown
 * on every public page while a story breaks.
 */
package news.dateline.front;
