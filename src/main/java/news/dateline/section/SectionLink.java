package news.dateline.section;

/** What a page needs to show and link a section. */
public record SectionLink(String name, String slug) {
}
