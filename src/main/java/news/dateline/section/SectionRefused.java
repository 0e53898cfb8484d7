package news.dateline.section;

import java.util.List;

/** A section change that was refused: the form field it concerns and the message that says why. */
public class SectionRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;
    private final boolean unknownSection;

    public SectionRefused(String field, String messageKey, Object... arguments) {
        this(false, field, messageKey, arguments);
    }

    private SectionRefused(boolean unknownSection, String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.unknownSection = unknownSection;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The section named in the request does not exist (any more). */
    static SectionRefused unknown() {
        return new SectionRefused(true, "section", "sections.error.unknown");
    }

    public boolean unknownSection() {
        return unknownSection;
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
