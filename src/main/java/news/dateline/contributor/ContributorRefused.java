package news.dateline.contributor;

import java.util.List;

/** A change to a contributor that was refused: the form field it concerns and the message that says why. */
public class ContributorRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;
    private final boolean unknownContributor;

    public ContributorRefused(String field, String messageKey, Object... arguments) {
        this(false, field, messageKey, arguments);
    }

    private ContributorRefused(boolean unknownContributor, String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.unknownContributor = unknownContributor;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** There is no contributor with the number in the request (any more). */
    static ContributorRefused unknown() {
        return new ContributorRefused(true, "contributor", "contributors.error.unknown");
    }

    public boolean unknownContributor() {
        return unknownContributor;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
