package news.dateline.media;

/**
 * What readers see of a photo changed (its description or its renditions). Fired inside the
 * transaction of the change.
 */
public record PhotoChanged(long photoId) {
}
