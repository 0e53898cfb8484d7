package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EditorialNoteTest {

    @Test
    void shouldFindMentionedUsernamesOnceEachInLowerCase() {
        assertThat(EditorialNote.mentions("@Anna please look; cc @bo.k, @anna again. Mail me@example.org"))
                .containsExactly("anna", "bo.k");
    }

    @Test
    void shouldIgnoreAnEmailAddressAndALoneAt() {
        assertThat(EditorialNote.mentions("write to desk@example.org or @ the desk")).isEmpty();
    }

    @Test
    void shouldRefuseAnEmptyOverlongOrControlCharacterNoteWithAFieldAndAKey() {
        assertThatThrownBy(() -> EditorialNote.checked("   ")).isInstanceOfSatisfying(NoteRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("notes.error.empty"));
        assertThatThrownBy(() -> EditorialNote.checked("x".repeat(EditorialNote.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(NoteRefused.class, e -> assertThat(e.field()).isEqualTo("note"));
        assertThatThrownBy(() -> EditorialNote.checked("a\u0000b")).isInstanceOfSatisfying(NoteRefused.class,
                e -> assertThat(e.messageKey()).isEqualTo("notes.error.characters"));
        assertThatThrownBy(() -> EditorialNote.checked("a\uD800b")).isInstanceOf(NoteRefused.class);
    }

    @Test
    void shouldKeepLineBreaksAndStripTheEnds() {
        assertThat(EditorialNote.checked("  first line\nsecond 🙂  ")).isEqualTo("first line\nsecond 🙂");
    }
}
