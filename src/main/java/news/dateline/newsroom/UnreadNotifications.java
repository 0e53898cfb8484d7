package news.dateline.newsroom;

import news.dateline.account.Editor;

/** How many notifications the signed-in person has not read, for the newsroom header; the desk keeps them. */
public interface UnreadNotifications {

    long of(Editor editor);
}
