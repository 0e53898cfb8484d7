package news.dateline.contributor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import news.dateline.platform.Slug;

/** A person who writes for the newsroom, as a byline names them. */
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

    protected Contributor() {
    }

    Contributor(String name, Slug slug, String bio, Long photoId, Long accountId) {
        describe(name, bio, photoId, accountId);
        this.slug = slug.value();
    }

    void describe(String newName, String newBio, Long newPhotoId, Long newAccountId) {
        String trimmed = newName == null ? "" : newName.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A contributor's name has 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        String about = newBio == null ? "" : newBio.strip();
        if (about.length() > MAX_BIO_LENGTH) {
            throw new IllegalArgumentException("A bio has at most " + MAX_BIO_LENGTH + " characters.");
        }
        this.name = trimmed;
        this.bio = about;
        this.photoId = newPhotoId;
        this.accountId = newAccountId;
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
