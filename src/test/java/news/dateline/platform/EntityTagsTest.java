package news.dateline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static byte[] page(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameBytesAlwaysHaveTheSameValidator() {
        assertThat(EntityTags.of(page("<p>Moscow — talks resumed.</p>")))
                .isEqualTo(EntityTags.of(page("<p>Moscow — talks resumed.</p>")));
    }

    @Test
    void oneChangedCharacterChangesTheValidator() {
        String story = "<p>Lavrov and Kerry met in Geneva on Friday.</p>".repeat(200);
        Set<String> validators = new HashSet<>();
        validators.add(EntityTags.of(page(story)));
        for (int i = 0; i < story.length(); i += 97) {
            char[] changed = story.toCharArray();
            changed[i] = changed[i] == 'x' ? 'y' : 'x';
            validators.add(EntityTags.of(page(new String(changed))));
        }
        validators.add(EntityTags.of(page(story + " ")));
        validators.add(EntityTags.of(page(story.substring(1))));
        assertThat(validators).hasSize(1 + (story.length() + 96) / 97 + 2);
    }

    @Test
    void theValidatorIsAQuotableToken() {
        assertThat(EntityTags.of(page("")) + EntityTags.of(page("a"))).matches("[0-9a-f]+");
    }
}
