package news.dateline.site;

import java.util.List;

/** A newest-first page of articles: All news or a section. {@code olderUrl} is null on the last page. */
public record ListingPage(String title, String heading, List<ListingItem> items, String olderUrl,
                          String newestUrl) {
}
