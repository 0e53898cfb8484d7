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
                of(label("headline"), left.getHeadline(), right.getHeadline()),
                of(label("lead"), left.getLead(), right.getLead()),
                of(label("body"), WordDiff.bodyText(left.getBodyHtml()), WordDiff.bodyText(right.getBodyHtml())),
                of(label("datelinePlace"), left.getDatelinePlace(), right.getDatelinePlace()),
                of(label("agencyMark"), left.getAgencyMark(), right.getAgencyMark()),
                of(label("section"), left.getSectionName(), right.getSectionName()),
                of(label("tags"), String.join(", ", left.tagNames()), String.join(", ", right.tagNames())),
                of(label("bylines"), names(left), names(right)),
                of(label("photo"), photo(left), photo(right)),
                of(label("photoCaption"), left.getPhotoCaption(), right.getPhotoCaption()),
                of(label("photoCredit"), left.getPhotoCredit(), right.getPhotoCredit()),
                of(label("status"), left.getStatus().label(), right.getStatus().label()),
                of(label("slug"), left.getSlug(), right.getSlug()),
                of(label("publishedAt"), String.valueOf(left.getPublishedAt()), String.valueOf(right.getPublishedAt())));
    }

    /** The words of {@code compare.field.<name>}. */
    private static String label(String name) {
        return news.dateline.platform.PageRenderer.message("compare.field." + name);
    }

    private static String names(ArticleRevision revision) {
        return String.join(", ", revision.bylineList().stream().map(Byline::getName).toList());
    }

    private static String photo(ArticleRevision revision) {
        return revision.getPhotoId() == null ? label("noPhoto") : "#" + revision.getPhotoId();
    }
}
