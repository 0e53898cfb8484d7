package news.dateline.account;

/** An account value that was refused, with the form field it came from (username, displayName, password, current). */
public class InvalidAccountField extends IllegalArgumentException {

    private final String field;

    InvalidAccountField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
