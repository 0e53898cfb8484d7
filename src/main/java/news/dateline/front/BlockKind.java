package news.dateline.front;

/**
 * What a block of a front shows. The top and collections hold stories editors place; a section block and
 * the latest-news block fill themselves with the newest stories (of a section, or of the front's scope).
 */
public enum BlockKind {
    /** The lead story and the secondary row; empty places are filled with the newest stories. */
    TOP(true),
    /** Stories an editor picked, under a title; nothing is added to them. */
    COLLECTION(true),
    /** The newest stories of one section. */
    SECTION(false),
    /** The newest stories of the front (of the whole site on the home page, of the section on a section's). */
    LATEST(false);

    private final boolean placed;

    BlockKind(boolean placed) {
        this.placed = placed;
    }

    /** Editors place stories in this kind of block. */
    public boolean holdsPlacedStories() {
        return placed;
    }

    static BlockKind parse(String value) {
        for (BlockKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return kind;
            }
        }
        return null;
    }
}
