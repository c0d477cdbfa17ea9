package app.rapport.contract;

import app.rapport.support.ContractModel.Op;
import app.rapport.support.TestMember;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One concrete request of an operation: who sends it (null: nobody signed in), its path and
 * query parameters, and the body's fields. {@link Baselines} builds one valid call per
 * operation; the suites send it as it is, through another member, or mutated.
 */
public final class Call {

    final Op op;
    TestMember as;
    final Map<String, String> path = new LinkedHashMap<>();
    final Map<String, List<String>> query = new LinkedHashMap<>();
    /** The body's fields; null for an operation without a body. */
    Map<String, Object> body;
    /** A body that is not JSON (a CSV file): its content type and text; null for a JSON body or none. */
    String rawType;
    String rawBody;
    /** Ids of private things (another member's tag, note...) this call names: the matrix's cases. */
    final List<String> privateThings = new ArrayList<>();

    Call(Op op, TestMember as) {
        this.op = op;
        this.as = as;
        this.body = op.body() == null ? null : SchemaValues.object(op.body());
    }

    public Call path(String name, Object value) {
        path.put(name, String.valueOf(value));
        return this;
    }

    public Call query(String name, Object... values) {
        List<String> all = new ArrayList<>();
        for (Object v : values) {
            all.add(String.valueOf(v));
        }
        query.put(name, all);
        return this;
    }

    public Call body(String field, Object value) {
        body.put(field, value);
        return this;
    }

    /** The body as it is, in a type other than JSON (an uploaded file). */
    public Call text(String contentType, String text) {
        rawType = contentType;
        rawBody = text;
        return this;
    }

    /** The content type the call's body goes with. */
    String contentType() {
        return rawType != null ? rawType : "application/json";
    }

    /** The body as it goes on the wire, or null. */
    String bodyText() {
        return rawBody != null ? rawBody : body == null ? null : Json.write(body);
    }

    /** The call without a body (for an operation whose body is optional). */
    public Call noBody() {
        body = null;
        return this;
    }

    Call copy() {
        Call c = new Call(op, as);
        c.path.putAll(path);
        c.query.putAll(query);
        c.body = body == null ? null : new LinkedHashMap<>(body);
        c.rawType = rawType;
        c.rawBody = rawBody;
        c.privateThings.addAll(privateThings);
        return c;
    }

    Call as(TestMember member) {
        Call c = copy();
        c.as = member;
        return c;
    }

    /** The path with every parameter in place, percent-encoded where needed. */
    String renderPath() {
        String p = op.path();
        for (var e : path.entrySet()) {
            p = p.replace("{" + e.getKey() + "}", Http.encode(e.getValue()));
        }
        return p;
    }

    String renderQuery() {
        StringBuilder q = new StringBuilder();
        query.forEach((name, values) -> values.forEach(v -> q.append(q.length() == 0 ? "?" : "&")
                .append(Http.encode(name)).append('=').append(Http.encode(v))));
        return q.toString();
    }

    @Override
    public String toString() {
        return op.method() + " " + renderPath() + renderQuery() + (rawBody != null ? " " + rawType + " " + rawBody.length() + " chars"
                : body == null ? "" : " " + body);
    }
}
