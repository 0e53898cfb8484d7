package news.dateline.front;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.dateline.platform.FieldRefused;

/**
 * How a front is arranged: its blocks in order, the first always the top (the lead story and the secondary
 * row). Every change returns a new arrangement; a change that cannot be made is refused with the field
 * and the reason. A story is placed at most once per front.
 */
public record Arrangement(List<Block> blocks) {

    public enum Direction { UP, DOWN }

    public Arrangement {
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty() || blocks.get(0).kind() != BlockKind.TOP) {
            throw new IllegalArgumentException("A front begins with its top block");
        }
    }

    /** How many sections the default home page gives a block of their own (the first in the navigation). */
    public static final int DEFAULT_SECTION_BLOCKS = 6;

    /**
     * The home page before an editor arranged it: the top, the latest news and a block for each of the first
     * {@value #DEFAULT_SECTION_BLOCKS} sections.
     */
    public static Arrangement defaultHome(List<String> sectionSlugs) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.top());
        blocks.add(new Block(BlockKind.LATEST, null, null, 6, List.of()));
        sectionSlugs.stream().limit(DEFAULT_SECTION_BLOCKS)
                .forEach(slug -> blocks.add(new Block(BlockKind.SECTION, null, slug, 4, List.of())));
        return new Arrangement(blocks);
    }

    /** A section page before an editor arranged it: its newest stories at the top. */
    public static Arrangement defaultSection() {
        return new Arrangement(List.of(Block.top()));
    }

    /**
     * A short digest of everything the arrangement holds, the same on every server: two arrangements have the
     * same one exactly when they are equal.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            text.append(block.kind().name()).append('\u0001').append(block.title()).append('\u0001')
                    .append(block.sectionSlug()).append('\u0001').append(block.size());
            for (Slot slot : block.slots()) {
                text.append('\u0002').append(slot.articleId()).append('\u0001').append(slot.headline()).append('\u0001')
                        .append(slot.lead()).append('\u0001').append(slot.photoId());
            }
            text.append('\u0003');
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Block top() {
        return blocks.get(0);
    }

    /** Every story placed, in the order of the page. */
    public List<Long> placedArticleIds() {
        List<Long> ids = new ArrayList<>();
        blocks.forEach(block -> block.slots().forEach(slot -> ids.add(slot.articleId())));
        return ids;
    }

    /** Places a story at the end of a top or collection block. */
    public Arrangement place(int blockIndex, long articleId) {
        Block block = placingBlock(blockIndex);
        requireNotPlaced(articleId);
        if (block.slots().size() >= block.size()) {
            throw new FieldRefused("block", "front.error.blockFull", block.size());
        }
        List<Slot> slots = new ArrayList<>(block.slots());
        slots.add(Slot.of(articleId));
        return withBlock(blockIndex, block.withSlots(slots));
    }

    /**
     * Makes a story the lead: placed elsewhere, it moves; the former lead becomes the first secondary story,
     * and when the top is full its last story leaves the front.
     */
    public Arrangement makeLead(long articleId) {
        Arrangement without = this;
        Slot slot = Slot.of(articleId);
        for (int b = 0; b < blocks.size(); b++) {
            List<Slot> slots = blocks.get(b).slots();
            for (int s = 0; s < slots.size(); s++) {
                if (slots.get(s).articleId() == articleId) {
                    slot = slots.get(s);
                    without = without.remove(b, s);
                }
            }
        }
        List<Slot> top = new ArrayList<>(without.top().slots());
        top.add(0, slot);
        while (top.size() > top().size()) {
            top.remove(top.size() - 1);
        }
        return without.withBlock(0, without.top().withSlots(top));
    }

    /** Moves a placed story one place up or down within its block. */
    public Arrangement move(int blockIndex, int position, Direction direction) {
        int to = direction == Direction.UP ? position - 1 : position + 1;
        return moveTo(blockIndex, position, to);
    }

    /** Moves a placed story to another place within its block (a drag and drop). */
    public Arrangement moveTo(int blockIndex, int from, int to) {
        Block block = block(blockIndex);
        requirePosition(block, from);
        if (to < 0 || to >= block.slots().size()) {
            throw new FieldRefused("position", "front.error.cannotMove");
        }
        List<Slot> slots = new ArrayList<>(block.slots());
        slots.add(to, slots.remove(from));
        return withBlock(blockIndex, block.withSlots(slots));
    }

    /** Takes a placed story off the front (its place falls back to the newest stories, in the top). */
    public Arrangement remove(int blockIndex, int position) {
        Block block = block(blockIndex);
        requirePosition(block, position);
        List<Slot> slots = new ArrayList<>(block.slots());
        slots.remove(position);
        return withBlock(blockIndex, block.withSlots(slots));
    }

    /** What one placement shows instead of the story's own headline, lead and photo (null: the story's). */
    public Arrangement override(int blockIndex, int position, String headline, String lead, Long photoId) {
        Block block = block(blockIndex);
        requirePosition(block, position);
        List<Slot> slots = new ArrayList<>(block.slots());
        slots.set(position, slots.get(position).overridden(headline, lead, photoId));
        return withBlock(blockIndex, block.withSlots(slots));
    }

    /** Adds a block at the end of the front. */
    public Arrangement addBlock(BlockKind kind, String title, String sectionSlug, int size) {
        if (kind == null || kind == BlockKind.TOP) {
            throw new FieldRefused("kind", "front.error.kind");
        }
        if (kind == BlockKind.SECTION && sectionSlug == null) {
            throw new FieldRefused("section", "front.error.chooseSection");
        }
        if (kind == BlockKind.COLLECTION && (title == null || title.isBlank())) {
            throw new FieldRefused("title", "front.error.titleNeeded");
        }
        requireSize(size);
        List<Block> changed = new ArrayList<>(blocks);
        changed.add(new Block(kind, title, kind == BlockKind.SECTION ? sectionSlug : null, size, List.of()));
        return new Arrangement(changed);
    }

    /** Changes a block's title and size; a collection keeps only as many stories as it now shows. */
    public Arrangement editBlock(int blockIndex, String title, int size) {
        Block block = block(blockIndex);
        if (block.kind() == BlockKind.TOP) {
            throw new FieldRefused("block", "front.error.topIsFixed");
        }
        if (block.kind() == BlockKind.COLLECTION && (title == null || title.isBlank())) {
            throw new FieldRefused("title", "front.error.titleNeeded");
        }
        requireSize(size);
        if (block.slots().size() > size) {
            throw new FieldRefused("size", "front.error.sizeBelowPlaced", block.slots().size());
        }
        return withBlock(blockIndex, new Block(block.kind(), title, block.sectionSlug(), size, block.slots()));
    }

    /** Moves a block up or down the page; the top stays first. */
    public Arrangement moveBlock(int blockIndex, Direction direction) {
        Block block = block(blockIndex);
        int to = direction == Direction.UP ? blockIndex - 1 : blockIndex + 1;
        if (block.kind() == BlockKind.TOP || to < 1 || to >= blocks.size()) {
            throw new FieldRefused("block", "front.error.cannotMove");
        }
        List<Block> changed = new ArrayList<>(blocks);
        changed.add(to, changed.remove(blockIndex));
        return new Arrangement(changed);
    }

    /** Removes a block and the stories placed in it; the top stays. */
    public Arrangement removeBlock(int blockIndex) {
        Block block = block(blockIndex);
        if (block.kind() == BlockKind.TOP) {
            throw new FieldRefused("block", "front.error.topIsFixed");
        }
        List<Block> changed = new ArrayList<>(blocks);
        changed.remove(blockIndex);
        return new Arrangement(changed);
    }

    /** Where a story is placed: its block and position, or null. */
    public int[] find(long articleId) {
        for (int b = 0; b < blocks.size(); b++) {
            List<Slot> slots = blocks.get(b).slots();
            for (int s = 0; s < slots.size(); s++) {
                if (slots.get(s).articleId() == articleId) {
                    return new int[] {b, s};
                }
            }
        }
        return null;
    }

    /** Every section a section block shows. */
    public Set<String> sectionSlugs() {
        Set<String> slugs = new HashSet<>();
        blocks.stream().filter(b -> b.sectionSlug() != null).forEach(b -> slugs.add(b.sectionSlug()));
        return slugs;
    }

    public Block block(int index) {
        if (index < 0 || index >= blocks.size()) {
            throw new FieldRefused("block", "front.error.noSuchBlock");
        }
        return blocks.get(index);
    }

    private Block placingBlock(int index) {
        Block block = block(index);
        if (!block.kind().holdsPlacedStories()) {
            throw new FieldRefused("block", "front.error.blockFillsItself");
        }
        return block;
    }

    private void requireNotPlaced(long articleId) {
        if (find(articleId) != null) {
            throw new FieldRefused("article", "front.error.alreadyPlaced");
        }
    }

    private static void requirePosition(Block block, int position) {
        if (position < 0 || position >= block.slots().size()) {
            throw new FieldRefused("position", "front.error.noSuchPlace");
        }
    }

    private static void requireSize(int size) {
        if (size < 1 || size > Block.MAX_SIZE) {
            throw new FieldRefused("size", "front.error.size", Block.MAX_SIZE);
        }
    }

    private Arrangement withBlock(int index, Block block) {
        List<Block> changed = new ArrayList<>(blocks);
        changed.set(index, block);
        return new Arrangement(changed);
    }
}
