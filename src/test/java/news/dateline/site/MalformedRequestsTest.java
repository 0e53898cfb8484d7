package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MalformedRequestsTest {

    @Test
    void controlCharactersAndLoneSurrogatesAreNotUsable() {
        assertThat(MalformedRequests.usable("a\u0000b", true)).isFalse();
        assertThat(MalformedRequests.usable("a\u0007b", true)).isFalse();
        assertThat(MalformedRequests.usable("a\uD800b", true)).isFalse();
        assertThat(MalformedRequests.usable("a\uDC00", true)).isFalse();
        assertThat(MalformedRequests.usable("/news/\uFFFD", false)).isFalse();
    }

    @Test
    void ordinaryTextLineBreaksAndEmojiAreUsable() {
        assertThat(MalformedRequests.usable("МОСКВА, 7 июня. /ТАСС/.\r\n\tНовый абзац 📰", true)).isTrue();
        assertThat(MalformedRequests.usable("pasted \uFFFD stays", true)).isTrue();
        assertThat(MalformedRequests.usable("line\nbreak", false)).isFalse();
    }
}
