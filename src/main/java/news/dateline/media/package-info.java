/**
 * The media library: photos with their bytes, type, dimensions, default caption and credit, and
 * the public URL that serves them.
 */
package news.dateline.media;
