package news.dateline.contributor;

/** A change to a contributor that was refused: the form field it concerns and the message that says why. */
public class ContributorRefused extends news.dateline.platform.FieldRefused {

    private final boolean unknownContributor;

    public ContributorRefused(String field, String messageKey, Object... arguments) {
        this(false, field, messageKey, arguments);
    }

    private ContributorRefused(boolean unknownContributor, String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
        this.unknownContributor = unknownContributor;
    }

    /** There is no contributor with the number in the request (any more). */
    static ContributorRefused unknown() {
        return new ContributorRefused(true, "contributor", "contributors.error.unknown");
    }

    public boolean unknownContributor() {
        return unknownContributor;
    }
}
