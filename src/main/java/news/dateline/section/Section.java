package news.dateline.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import news.dateline.platform.Slug;

/**
 * A section of the site; its slug is part of the section page's URL and never changes. Positions
 * order the navigation and are unique. A retired section is no longer offered for new stories;
 * the stories it has keep it.
 */
@Entity
@Table(name = "section")
public class Section {

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_POSITION = 9999;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(name = "slug", nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected Section() {
    }

    public Section(String name, Slug slug, int position) {
        this.name = requireName(name);
        this.slug = Objects.requireNonNull(slug, "slug").value();
        this.position = position;
    }

    /** The slug a new section with this name gets. */
    static Slug slugFor(String name) {
        String wanted = requireName(name);
        try {
            return Slug.fromTitle(wanted);
        } catch (IllegalArgumentException noLetterOrDigit) {
            throw new SectionRefused("name", "sections.error.noSlug");
        }
    }

    /** Renames the section; its slug, and so its URL, stays. */
    void rename(String newName) {
        this.name = requireName(newName);
    }

    /** Trades places in the navigation with another section. */
    void swapPositionWith(Section other) {
        int mine = position;
        this.position = other.position;
        other.position = mine;
    }

    void retire(Instant at) {
        if (retiredAt == null) {
            retiredAt = at;
        }
    }

    void restore() {
        retiredAt = null;
    }

    private static String requireName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new SectionRefused("name", "sections.error.nameMissing");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new SectionRefused("name", "sections.error.nameTooLong", MAX_NAME_LENGTH);
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

    public boolean isRetired() {
        return retiredAt != null;
    }
}
