package news.dateline.account;

/** The outcome of a sign-in: the editor, or why not (without saying whether the account exists). */
public record SignInResult(Editor editor, boolean locked) {

    public boolean succeeded() {
        return editor != null;
    }
}
