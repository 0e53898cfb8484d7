/**
 * The media library: photos with their bytes, type, dimensions, default caption and credit, their
 * renditions (made in the background), and the URLs that serve them, publicly once a published
 * article shows them.
 */
package news.dateline.media;
