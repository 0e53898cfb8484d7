package news.dateline.front;

import java.util.List;

/**
 * One block of a front: its kind, its title (null: the kind's own, e.g. the section's name), its section
 * (for a section block), how many stories it shows, and the stories placed in it (top and collections).
 */
public record Block(BlockKind kind, String title, String sectionSlug, int size, List<Slot> slots) {

    /** How many stories a block may show. */
    public static final int MAX_SIZE = 12;
    /** The top: one lead and up to four secondary stories. */
    public static final int TOP_SIZE = 5;

    public Block {
        slots = List.copyOf(slots);
    }

    public static Block top() {
        return new Block(BlockKind.TOP, null, null, TOP_SIZE, List.of());
    }

    Block withSlots(List<Slot> changed) {
        return new Block(kind, title, sectionSlug, size, changed);
    }
}
