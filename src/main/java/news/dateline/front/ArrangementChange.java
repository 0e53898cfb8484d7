package news.dateline.front;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One thing that differs between two arrangements of a front, as the history tells it: a story placed,
 * taken off, moved or shown differently, or the blocks changed. {@code articleId} is null for a change of
 * the blocks; {@code block} and {@code position} say where the story is now (or was, when taken off).
 */
public record ArrangementChange(Kind kind, Long articleId, int block, int position) {

    public enum Kind { PLACED, REMOVED, MOVED, OVERRIDDEN, BLOCKS }

    /** What changed from {@code before} to {@code after}: stories in the order of the new page, then the blocks. */
    public static List<ArrangementChange> between(Arrangement before, Arrangement after) {
        List<ArrangementChange> changes = new ArrayList<>();
        for (int b = 0; b < after.blocks().size(); b++) {
            List<Slot> slots = after.blocks().get(b).slots();
            for (int s = 0; s < slots.size(); s++) {
                Slot slot = slots.get(s);
                int[] was = before.find(slot.articleId());
                if (was == null) {
                    changes.add(new ArrangementChange(Kind.PLACED, slot.articleId(), b, s));
                } else if (was[0] != b || was[1] != s) {
                    changes.add(new ArrangementChange(Kind.MOVED, slot.articleId(), b, s));
                } else if (!before.blocks().get(b).slots().get(s).equals(slot)) {
                    changes.add(new ArrangementChange(Kind.OVERRIDDEN, slot.articleId(), b, s));
                }
            }
        }
        for (int b = 0; b < before.blocks().size(); b++) {
            List<Slot> slots = before.blocks().get(b).slots();
            for (int s = 0; s < slots.size(); s++) {
                if (after.find(slots.get(s).articleId()) == null) {
                    changes.add(new ArrangementChange(Kind.REMOVED, slots.get(s).articleId(), b, s));
                }
            }
        }
        if (!blocksAlike(before, after)) {
            changes.add(new ArrangementChange(Kind.BLOCKS, null, 0, 0));
        }
        return changes;
    }

    private static boolean blocksAlike(Arrangement before, Arrangement after) {
        if (before.blocks().size() != after.blocks().size()) {
            return false;
        }
        for (int b = 0; b < before.blocks().size(); b++) {
            Block x = before.blocks().get(b);
            Block y = after.blocks().get(b);
            if (x.kind() != y.kind() || !Objects.equals(x.title(), y.title())
                    || !Objects.equals(x.sectionSlug(), y.sectionSlug()) || x.size() != y.size()) {
                return false;
            }
        }
        return true;
    }
}
