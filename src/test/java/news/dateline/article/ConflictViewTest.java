package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictViewTest {

    /** Typed for one save only, or the form's own bookkeeping: not part of the stored article. */
    private static final List<String> NOT_STORED = List.of("version", "baseRevision", "correctionNote",
            "photoCredit", "photoUploadCaption", "photoAltText");

    @Test
    void everyFieldOfTheEditorFormThatTheArticleStoresIsMerged() {
        List<String> stored = new ArrayList<>(ArticleForm.FIELDS);
        stored.removeAll(NOT_STORED);

        assertThat(ConflictView.mergedFields()).containsExactlyInAnyOrderElementsOf(stored);
    }
}
