package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsableTextTest {

    @Test
    void controlCharactersAndLoneSurrogatesAreNotUsable() {
        assertThat(UsableText.usable("a\u0000b", true)).isFalse();
        assertThat(UsableText.usable("a\u0007b", true)).isFalse();
        assertThat(UsableText.usable("a\uD800b", true)).isFalse();
        assertThat(UsableText.usable("a\uDC00", true)).isFalse();
        assertThat(UsableText.usable("/news/\uFFFD", false)).isFalse();
    }

    @Test
    void ordinaryTextLineBreaksAndEmojiAreUsable() {
        assertThat(UsableText.usable("МОСКВА, 7 июня. /ТАСС/.\r\n\tНовый абзац 📰", true)).isTrue();
        assertThat(UsableText.usable("pasted \uFFFD stays", true)).isTrue();
        assertThat(UsableText.usable("line\nbreak", false)).isFalse();
    }
}
