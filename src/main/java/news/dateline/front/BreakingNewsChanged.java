package news.dateline.front;

/**
 * The breaking-news banner was switched on, switched off or ended: every public page shows it, so every
 * cached page is out of date. Fired inside the transaction of the change.
 */
public record BreakingNewsChanged() {
}
