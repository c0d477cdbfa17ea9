package app.rapport.contract;

import app.rapport.support.Api;
import app.rapport.support.ContractModel;
import app.rapport.support.ContractModel.Op;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.restassured.RestAssured;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sends requests exactly as written (no client-side normalisation, for odd paths and broken
 * JSON) and checks each response against the contract of the operation it was meant for.
 */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static final OpenApiInteractionValidator RESPONSES = OpenApiInteractionValidator
            .createForSpecificationUrl(Api.CONTRACT_FILE.toUri().toString())
            .withLevelResolver(LevelResolver.create().withLevel("validation.request", ValidationReport.Level.IGNORE).build())
            .build();

    private Http() {
    }

    /** What came back: status, content type, body (only the first bytes of an event stream). */
    record Answer(int status, String contentType, String body, HttpResponse<?> raw) {

        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Sends {@code rawTarget} (path and query, already encoded) with the given body text. */
    static Answer send(String method, String rawTarget, String token, String contentType, String body) {
        return send(method, rawTarget, token, contentType, body, Map.of());
    }

    /** As above, with these headers too (a header's value as it is, even one a client would not send). */
    static Answer send(String method, String rawTarget, String token, String contentType, String body,
                       Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + rawTarget))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null && body != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        b.header("Accept", rawTarget.startsWith("/api/me/events") ? "text/event-stream" : "application/json");
        try {
            HttpResponse<InputStream> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = r.headers().firstValue("Content-Type").orElse(null);
            String text;
            try (InputStream in = r.body()) {
                if (type != null && type.startsWith("text/event-stream")) {
                    text = ""; // an open stream: its headers are the answer
                } else {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return new Answer(r.statusCode(), type, text, r);
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + rawTarget + ": " + e, e);
        }
    }

    static Answer send(Call call) {
        return send(call.op.method(), call.renderPath() + call.renderQuery(),
                call.as == null ? null : call.as.token(), call.contentType(), call.bodyText());
    }

    /** What the contract finds wrong with this answer to {@code op} (empty when it conforms). */
    static List<String> contractProblems(Op op, Answer a) {
        if (a.contentType() != null && a.contentType().startsWith("text/event-stream")) {
            return a.status() == 200 ? List.of() : List.of("event stream with status " + a.status());
        }
        SimpleResponse.Builder r = SimpleResponse.Builder.status(a.status());
        for (Map.Entry<String, List<String>> h : a.raw().headers().map().entrySet()) {
            r.withHeader(h.getKey(), h.getValue());
        }
        if (!a.body().isEmpty()) {
            r.withBody(a.body());
        }
        String path = op.path().replaceAll("\\{handle}", "someone").replaceAll("\\{[^}]+}", "1");
        ValidationReport report = RESPONSES.validateResponse(path, Request.Method.valueOf(op.method()), r.build());
        // a status every request may meet is documented once, under components/responses, not on each operation
        boolean global = ContractModel.GLOBAL_STATUSES.contains(a.status());
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !(global && m.getKey().equals("validation.response.status.unknown")))
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }
}
