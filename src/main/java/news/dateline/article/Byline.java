package news.dateline.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One name in a byline: a contributor profile, or free text for wire copy. */
@Embeddable
public class Byline {

    @Column(name = "name", nullable = false, length = Article.MAX_BYLINE_LENGTH)
    private String name;

    @Column(name = "contributor_id")
    private Long contributorId;

    protected Byline() {
    }

    public Byline(String name, Long contributorId) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > Article.MAX_BYLINE_LENGTH) {
            throw new ArticleRefused("bylineText", "editor.error.bylineLength", Article.MAX_BYLINE_LENGTH);
        }
        this.name = trimmed;
        this.contributorId = contributorId;
    }

    public static Byline freeText(String name) {
        return new Byline(name, null);
    }

    public String getName() {
        return name;
    }

    public Long getContributorId() {
        return contributorId;
    }
}
