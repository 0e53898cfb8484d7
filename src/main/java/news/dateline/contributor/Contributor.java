package news.dateline.contributor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import news.dateline.platform.Slug;

/**
 * A person who writes for the newsroom, as a byline names them. Their slug (the author page's
 * address) never changes. A retired contributor is no longer offered for new bylines; the bylines
 * they have keep them, and so does their author page.
 */
@Entity
@Table(name = "contributor")
public class Contributor {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_BIO_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "slug", nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(name = "bio", nullable = false, length = MAX_BIO_LENGTH)
    private String bio;

    @Column(name = "photo_id")
    private Long photoId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected Contributor() {
    }

    Contributor(String name, Slug slug, String bio, Long photoId, Long accountId) {
        describe(name, bio, photoId, accountId);
        this.slug = slug.value();
    }

    void describe(String newName, String newBio, Long newPhotoId, Long newAccountId) {
        String trimmed = requireName(newName);
        String about = newBio == null ? "" : newBio.strip();
        if (about.length() > MAX_BIO_LENGTH) {
            throw new ContributorRefused("bio", "contributors.error.bioTooLong", MAX_BIO_LENGTH);
        }
        this.name = trimmed;
        this.bio = about;
        this.photoId = newPhotoId;
        this.accountId = newAccountId;
    }

    static String requireName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new ContributorRefused("name", "contributors.error.nameMissing");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new ContributorRefused("name", "contributors.error.nameTooLong", MAX_NAME_LENGTH);
        }
        return trimmed;
    }

    void retire(Instant at) {
        if (retiredAt == null) {
            retiredAt = at;
        }
    }

    void restore() {
        retiredAt = null;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getBio() {
        return bio;
    }

    public Long getPhotoId() {
        return photoId;
    }

    public Long getAccountId() {
        return accountId;
    }
}
