package news.dateline.account;

/** What a newsroom account may do; see {@link Permission} for the full matrix. */
public enum Role {
    /** A reporter: writes drafts and submits them for review. */
    WRITER,
    /** Edits anyone's article, publishes, withdraws; manages contributors, sections and media. */
    EDITOR,
    /** Everything an editor does, plus accounts, the audit log and the database. */
    ADMIN
}
