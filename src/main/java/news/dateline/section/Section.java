package news.dateline.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import news.dateline.platform.Slug;

/** A section of the site; its slug is part of the section page's URL. */
@Entity
@Table(name = "section")
public class Section {

    public static final int MAX_NAME_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "slug", nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(name = "position", nullable = false)
    private int position;

    protected Section() {
    }

    public Section(String name, Slug slug, int position) {
        this.name = requireName(name);
        this.slug = Objects.requireNonNull(slug, "slug").value();
        this.position = position;
    }

    /** Renames the section and moves it in the navigation; its slug, and so its URL, stays. */
    public void describe(String newName, int newPosition) {
        this.name = requireName(newName);
        this.position = newPosition;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A section needs a name");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A section name has at most " + MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
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

    public int getPosition() {
        return position;
    }
}
