package app.rapport.common.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON string that no text field accepts (control characters); mapped to a 400 naming the field. */
public class UnsafeTextException extends InvalidFormatException {

    private final TextRules.Fault fault;

    public UnsafeTextException(JsonParser p, TextRules.Fault fault) {
        super(p, fault.message(), null, String.class);
        this.fault = fault;
    }

    public TextRules.Fault fault() {
        return fault;
    }
}
