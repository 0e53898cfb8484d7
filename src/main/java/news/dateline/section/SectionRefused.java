package news.dateline.section;

/** A section change that was refused: the form field it concerns and the message that says why. */
public class SectionRefused extends news.dateline.platform.FieldRefused {

    private final boolean unknownSection;

    public SectionRefused(String field, String messageKey, Object... arguments) {
        this(false, field, messageKey, arguments);
    }

    private SectionRefused(boolean unknownSection, String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
        this.unknownSection = unknownSection;
    }

    /** The section named in the request does not exist (any more). */
    static SectionRefused unknown() {
        return new SectionRefused(true, "section", "sections.error.unknown");
    }

    public boolean unknownSection() {
        return unknownSection;
    }
}
