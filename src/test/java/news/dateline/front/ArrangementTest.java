package news.dateline.front;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.dateline.platform.FieldRefused;
import org.junit.jupiter.api.Test;

class ArrangementTest {

    private static final Arrangement EMPTY = Arrangement.defaultHome(List.of("world", "business"));

    private static List<Long> top(Arrangement arrangement) {
        return arrangement.top().slots().stream().map(Slot::articleId).toList();
    }

    @Test
    void theDefaultHomeIsTheTopTheLatestNewsAndABlockPerSection() {
        assertThat(EMPTY.blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.TOP, BlockKind.LATEST, BlockKind.SECTION, BlockKind.SECTION);
        assertThat(EMPTY.blocks().get(3).sectionSlug()).isEqualTo("business");
        assertThat(EMPTY.top().size()).isEqualTo(Block.TOP_SIZE);
        assertThat(Arrangement.defaultSection().blocks()).extracting(Block::kind).containsExactly(BlockKind.TOP);
    }

    @Test
    void aStoryMadeTheLeadPushesTheOthersDownAndTheLastOneOffAFullTop() {
        Arrangement arranged = EMPTY.place(0, 1).place(0, 2).place(0, 3).place(0, 4).place(0, 5);
        assertThat(top(arranged)).containsExactly(1L, 2L, 3L, 4L, 5L);

        Arrangement led = arranged.makeLead(9);
        assertThat(top(led)).containsExactly(9L, 1L, 2L, 3L, 4L);

        Arrangement promoted = arranged.makeLead(4);
        assertThat(top(promoted)).as("a placed story moves, nothing leaves").containsExactly(4L, 1L, 2L, 3L, 5L);
    }

    @Test
    void aStoryMadeTheLeadFromACollectionLeavesTheCollectionWithItsOwnWords() {
        Arrangement arranged = EMPTY.addBlock(BlockKind.COLLECTION, "Election", null, 4).place(4, 7)
                .override(4, 0, "Own words", null, null);
        Arrangement led = arranged.makeLead(7);
        assertThat(led.blocks().get(4).slots()).isEmpty();
        assertThat(led.top().slots().get(0)).isEqualTo(new Slot(7, "Own words", null, null));
    }

    @Test
    void storiesMoveUpAndDownWithinTheirBlockAndNotBeyondIt() {
        Arrangement arranged = EMPTY.place(0, 1).place(0, 2).place(0, 3);
        assertThat(top(arranged.move(0, 2, Arrangement.Direction.UP))).containsExactly(1L, 3L, 2L);
        assertThat(top(arranged.move(0, 0, Arrangement.Direction.DOWN))).containsExactly(2L, 1L, 3L);
        assertThat(top(arranged.moveTo(0, 2, 0))).containsExactly(3L, 1L, 2L);
        assertThatThrownBy(() -> arranged.move(0, 0, Arrangement.Direction.UP))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.messageKey()).isEqualTo("front.error.cannotMove"));
        assertThatThrownBy(() -> arranged.move(0, 2, Arrangement.Direction.DOWN)).isInstanceOf(FieldRefused.class);
        assertThatThrownBy(() -> arranged.remove(0, 3))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.field()).isEqualTo("position"));
    }

    @Test
    void aStoryIsPlacedOnceAndOnlyWhereEditorsPlaceStories() {
        Arrangement arranged = EMPTY.place(0, 1);
        assertThatThrownBy(() -> arranged.place(0, 1))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.messageKey()).isEqualTo("front.error.alreadyPlaced"));
        assertThatThrownBy(() -> arranged.place(1, 2))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.messageKey()).isEqualTo("front.error.blockFillsItself"));
        assertThatThrownBy(() -> arranged.place(9, 2))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.field()).isEqualTo("block"));
        Arrangement full = EMPTY.place(0, 1).place(0, 2).place(0, 3).place(0, 4).place(0, 5);
        assertThatThrownBy(() -> full.place(0, 6))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.messageKey()).isEqualTo("front.error.blockFull"));
    }

    @Test
    void blocksAreAddedMovedChangedAndRemovedButTheTopStaysFirst() {
        Arrangement arranged = EMPTY.addBlock(BlockKind.COLLECTION, "Election", null, 3);
        assertThat(arranged.blocks()).hasSize(5);
        Arrangement moved = arranged.moveBlock(4, Arrangement.Direction.UP);
        assertThat(moved.blocks().get(3).title()).isEqualTo("Election");
        assertThatThrownBy(() -> arranged.moveBlock(1, Arrangement.Direction.UP))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.messageKey()).isEqualTo("front.error.cannotMove"));
        assertThatThrownBy(() -> arranged.removeBlock(0))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.messageKey()).isEqualTo("front.error.topIsFixed"));
        assertThat(arranged.removeBlock(1).blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.TOP, BlockKind.SECTION, BlockKind.SECTION, BlockKind.COLLECTION);

        Arrangement placed = arranged.place(4, 1).place(4, 2);
        assertThatThrownBy(() -> placed.editBlock(4, "Election", 1))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.field()).isEqualTo("size"));
        assertThat(placed.editBlock(4, "Vote", 6).blocks().get(4).title()).isEqualTo("Vote");
        assertThatThrownBy(() -> EMPTY.addBlock(BlockKind.COLLECTION, " ", null, 3))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> EMPTY.addBlock(BlockKind.SECTION, null, null, 3))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.field()).isEqualTo("section"));
        assertThatThrownBy(() -> EMPTY.addBlock(BlockKind.TOP, null, null, 3))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> EMPTY.addBlock(BlockKind.LATEST, null, null, Block.MAX_SIZE + 1))
                .isInstanceOfSatisfying(FieldRefused.class, e -> assertThat(e.field()).isEqualTo("size"));
    }

    @Test
    void theHistoryTellsWhatWasPlacedMovedShownDifferentlyAndTakenOff() {
        Arrangement before = EMPTY.place(0, 1).place(0, 2).place(0, 3);
        Arrangement after = before.makeLead(3).remove(0, 2).place(0, 8).override(0, 1, "Other words", null, null);

        assertThat(ArrangementChange.between(before, after)).containsExactly(
                new ArrangementChange(ArrangementChange.Kind.MOVED, 3L, 0, 0),
                new ArrangementChange(ArrangementChange.Kind.MOVED, 1L, 0, 1),
                new ArrangementChange(ArrangementChange.Kind.PLACED, 8L, 0, 2),
                new ArrangementChange(ArrangementChange.Kind.REMOVED, 2L, 0, 1));
        assertThat(ArrangementChange.between(after, after)).isEmpty();
        assertThat(ArrangementChange.between(after, after.override(0, 0, "New words", null, null)))
                .containsExactly(new ArrangementChange(ArrangementChange.Kind.OVERRIDDEN, 3L, 0, 0));
        assertThat(ArrangementChange.between(after, after.removeBlock(1)))
                .containsExactly(new ArrangementChange(ArrangementChange.Kind.BLOCKS, null, 0, 0));
    }

    @Test
    void theFingerprintChangesWithEverythingTheArrangementHolds() {
        Arrangement placed = EMPTY.place(0, 1);
        assertThat(placed.fingerprint()).isEqualTo(EMPTY.place(0, 1).fingerprint()).hasSize(16);
        assertThat(placed.fingerprint()).isNotEqualTo(EMPTY.fingerprint())
                .isNotEqualTo(placed.override(0, 0, "Words", null, null).fingerprint())
                .isNotEqualTo(Arrangement.defaultHome(List.of("world")).place(0, 1).fingerprint());
    }

    @Test
    void frontsAreNamedByTheirPath() {
        assertThat(FrontKey.ofPath("home")).isEqualTo(FrontKey.HOME);
        assertThat(FrontKey.ofPath("section/world-news")).isEqualTo(FrontKey.section("world-news"));
        assertThat(FrontKey.section("world").path()).isEqualTo("section/world");
        assertThat(FrontKey.ofPath("section/World")).isNull();
        assertThat(FrontKey.ofPath("section/")).isNull();
        assertThat(FrontKey.ofPath("elsewhere")).isNull();
    }
}
