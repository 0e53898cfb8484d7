package news.dateline.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the article editor (or, for someone who may only read the story, its read-only page) shows of
 * a story, read in one transaction with the article loaded once: its status changes, revisions and
 * corrections, the names of the people in them, and, for someone who may change it, who holds its
 * edit lock and their own autosaved work.
 *
 * @param editable whether the person may change the story now (else they see it read-only)
 * @param lock who holds the edit lock once the page has asked for it; null for a read-only page
 * @param names display names of the accounts in the history and the revisions, by id
 */
public record EditorPage(Article article, boolean editable, List<ArticleTransition> history,
                         List<ArticleRevision> revisions, List<ArticleCorrection> corrections,
                         Map<Long, String> names, EditLocks.Holder lock,
                         Optional<PersonalDrafts.Autosave> autosave) {

    /** The name shown for an account in the history; "system" for changes nobody made by hand. */
    String nameOf(Long accountId) {
        return accountId == null ? "system" : names.getOrDefault(accountId, "unknown");
    }
}
