package news.dateline.account;

import news.dateline.platform.FieldRefused;

/**
 * An account value that was refused: the form field it came from (username, displayName, password,
 * current, account for the account as a whole) and the message key that says why.
 */
public class InvalidAccountField extends FieldRefused {

    InvalidAccountField(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
