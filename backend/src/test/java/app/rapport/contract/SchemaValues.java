package app.rapport.contract;

import io.swagger.v3.oas.models.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid values generated from a (resolved) schema: the body of a baseline call before the fixture's own values. */
final class SchemaValues {

    private SchemaValues() {
    }

    /** The object's required fields, each with a valid value. */
    static Map<String, Object> object(Schema<?> schema) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (schema.getProperties() == null) {
            return out;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().forEach((name, property) -> {
            if (required.contains(name)) {
                out.put(name, value(property));
            }
        });
        return out;
    }

    static Object value(Schema<?> s) {
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return String.valueOf(s.getEnum().get(0));
        }
        String type = type(s);
        switch (type) {
            case "integer", "number":
                return s.getMinimum() != null ? s.getMinimum().longValue() : 1L;
            case "boolean":
                return false;
            case "array": {
                List<Object> items = new ArrayList<>();
                int n = s.getMinItems() == null ? 0 : s.getMinItems();
                for (int i = 0; i < n; i++) {
                    items.add(value(s.getItems()));
                }
                return items;
            }
            case "object":
                return object(s);
            default:
                return text(s);
        }
    }

    static String text(Schema<?> s) {
        String format = s.getFormat();
        if ("date".equals(format)) {
            return LocalDate.now().minusYears(1).toString();
        }
        if ("date-time".equals(format)) {
            return Instant.now().toString();
        }
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if ("email".equals(format)) {
            return "b" + unique + "@example.test";
        }
        if ("uri".equals(format)) {
            return "https://example.test/" + unique;
        }
        if (s.getPattern() != null) {
            return "b" + unique; // patterns in the contract are handles: letters, digits, '_'
        }
        String text = "Baseline " + unique;
        int max = s.getMaxLength() == null ? Integer.MAX_VALUE : s.getMaxLength();
        int min = s.getMinLength() == null ? 0 : s.getMinLength();
        if (text.length() > max) {
            text = text.substring(0, max);
        }
        return text.length() < min ? text + "x".repeat(min - text.length()) : text;
    }

    /** The declared type; a schema of only an enum is a string. */
    static String type(Schema<?> s) {
        if (s.getType() != null) {
            return s.getType();
        }
        if (s.getTypes() != null && !s.getTypes().isEmpty()) {
            return s.getTypes().iterator().next();
        }
        if (s.getItems() != null) {
            return "array";
        }
        if (s.getProperties() != null) {
            return "object";
        }
        return "string";
    }
}
