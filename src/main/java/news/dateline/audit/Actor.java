package news.dateline.audit;

/** Someone signed in whose action the audit log records: their account and how the log names them. */
public interface Actor {

    long accountId();

    String username();

    String displayName();
}
