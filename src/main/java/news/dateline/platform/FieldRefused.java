package news.dateline.platform;

import java.util.List;

/**
 * A change refused because of what was typed into one field: the field, the message key that says
 * why (from {@code messages.properties}) and its arguments. Forms show it next to the field.
 */
public class FieldRefused extends IllegalArgumentException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public FieldRefused(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
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
