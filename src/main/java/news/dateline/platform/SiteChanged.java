package news.dateline.platform;

/** Something readers can see has changed (published, corrected, withdrawn, renamed…). */
public record SiteChanged(String what) {
}
