package news.dateline.article;

import java.util.List;

/** One field of two versions of an article, side by side, with the words that changed marked. */
public record FieldComparison(String label, String left, String right, List<WordDiff.Segment> changes,
                              boolean changed) {

    static FieldComparison of(String label, String left, String right) {
        String l = left == null ? "" : left;
        String r = right == null ? "" : right;
        List<WordDiff.Segment> changes = WordDiff.compare(l, r);
        return new FieldComparison(label, l, r, changes, WordDiff.changed(changes));
    }

    /** Compares everything an article holds: text word by word, metadata field by field. */
    static List<FieldComparison> of(ArticleRevision left, ArticleRevision right) {
        return List.of(
                of("Headline", left.getHeadline(), right.getHeadline()),
                of("Lead", left.getLead(), right.getLead()),
                of("Body", WordDiff.bodyText(left.getBodyHtml()), WordDiff.bodyText(right.getBodyHtml())),
                of("Dateline place", left.getDatelinePlace(), right.getDatelinePlace()),
                of("Agency mark", left.getAgencyMark(), right.getAgencyMark()),
                of("Section", left.getSectionName(), right.getSectionName()),
                of("Tags", String.join(", ", left.tagNames()), String.join(", ", right.tagNames())),
                of("Bylines", names(left), names(right)),
                of("Photo", photo(left), photo(right)),
                of("Photo caption in the article", left.getPhotoCaption(), right.getPhotoCaption()),
                of("Photo credit", left.getPhotoCredit(), right.getPhotoCredit()),
                of("Status", left.getStatus().label(), right.getStatus().label()),
                of("Slug", left.getSlug(), right.getSlug()),
                of("Publication time", String.valueOf(left.getPublishedAt()), String.valueOf(right.getPublishedAt())));
    }

    private static String names(ArticleRevision revision) {
        return String.join(", ", revision.bylineList().stream().map(Byline::getName).toList());
    }

    private static String photo(ArticleRevision revision) {
        return revision.getPhotoId() == null ? "none" : "#" + revision.getPhotoId();
    }
}
