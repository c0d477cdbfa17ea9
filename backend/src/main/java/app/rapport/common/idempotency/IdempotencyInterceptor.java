package app.rapport.common.idempotency;

import app.rapport.common.CurrentMember;
import app.rapport.common.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Makes a creating operation safe to retry. Without an {@code Idempotency-Key} header the
 * operation runs as usual. With one, it runs in a transaction that first claims the key for the
 * member (a row in {@code idempotency_keys}, under a hash of the key: see {@link IdempotencyCipher},
 * which also seals the stored answer), then runs the operation, whose services join that
 * transaction, stores its answer under the key and commits: the key and what was created are
 * there together or not at all, so a crash at any point leaves either nothing (the retry
 * creates) or both (the retry replays). A retry with the same key and the same request gets
 * the stored answer again (status, Location, body, plus {@code Idempotent-Replayed: true});
 * the same key with another request is refused with 422. An operation that fails rolls back
 * its claim too, so a failed attempt never holds the key.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;

    private final HttpServerRequest request;
    private final CurrentMember me;
    private final IdempotencyKeyRepository keys;
    private final IdempotencyConfig config;
    private final IdempotencyCipher cipher;
    private final TransactionManager transactions;
    private final ObjectMapper json;
    private final MeterRegistry metrics;

    public IdempotencyInterceptor(HttpServerRequest request, CurrentMember me, IdempotencyKeyRepository keys,
                                  IdempotencyConfig config, IdempotencyCipher cipher, TransactionManager transactions,
                                  ObjectMapper json, MeterRegistry metrics) {
        this.request = request;
        this.me = me;
        this.keys = keys;
        this.config = config;
        this.cipher = cipher;
        this.transactions = transactions;
        this.json = json;
        this.metrics = metrics;
    }

    @AroundInvoke
    Object around(InvocationContext call) throws Exception {
        List<String> sent = request.headers().getAll(HEADER);
        if (sent.isEmpty()) {
            return call.proceed();
        }
        long memberId = me.id();
        IdempotencyCipher.Keyed key = cipher.derive(memberId, checkedKey(sent));
        String operation = call.getMethod().getName();
        byte[] fingerprint = key.fingerprint(fingerprinted(operation, call.getParameters()));

        transactions.begin();
        try {
            Response answer;
            if (keys.claim(memberId, key.rowId(), operation, fingerprint, config.lifetime())) {
                answer = stored(call.proceed());
                if (answer.getStatus() >= 400) {
                    transactions.rollback(); // a refusal is not an answer to keep: a retry may succeed
                    return answer;
                }
                keys.store(memberId, key.rowId(), answer.getStatus(),
                        key.seal(new IdempotencyCipher.Answer(location(answer), (byte[]) answer.getEntity())));
            } else {
                answer = replay(keys.find(memberId, key.rowId()), key, operation, fingerprint);
            }
            transactions.commit();
            return answer;
        } catch (Exception | Error e) {
            try {
                if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transactions.rollback();
                }
            } catch (Exception rollback) {
                e.addSuppressed(rollback); // e.g. the database is gone: the first failure is the answer
            }
            throw e;
        }
    }

    private Response replay(Optional<StoredAnswer> stored, IdempotencyCipher.Keyed key, String operation,
                            byte[] fingerprint) {
        // A claim refused means a committed row with its answer: the claim waited for it.
        StoredAnswer first = stored.orElseThrow(() -> ProblemException.conflict("IDEMPOTENCY_KEY_IN_USE",
                "A request with this Idempotency-Key is still being processed; retry in a moment."));
        if (!first.operation().equals(operation) || !MessageDigest.isEqual(first.fingerprint(), fingerprint)) {
            throw ProblemException.refused("IDEMPOTENCY_KEY_REUSED",
                    "The Idempotency-Key header was already used for another request (a different operation, "
                    + "path or body) in the last " + config.lifetime().toHours() + " hours; "
                    + "use a new key for a new request, or resend exactly the first request to get its answer.");
        }
        IdempotencyCipher.Answer opened = key.open(first.sealedAnswer());
        metrics.counter("rapport.idempotency.replays", "operation", operation).increment();
        Response.ResponseBuilder replay = Response.status(first.status()).header(REPLAYED_HEADER, "true");
        if (opened.location() != null) {
            replay.location(URI.create(opened.location()));
        }
        if (opened.body().length > 0) {
            replay.type(MediaType.APPLICATION_JSON_TYPE).entity(opened.body());
        }
        return replay.build();
    }

    /** The operation's answer with its body as the JSON bytes that are stored, so the first answer and its replays are identical. */
    private Response stored(Object result) throws JsonProcessingException {
        Response original = result instanceof Response r ? r
                : result == null ? Response.noContent().build() : Response.ok(result).build();
        byte[] body = original.getEntity() == null ? new byte[0] : json.writeValueAsBytes(original.getEntity());
        Response.ResponseBuilder copy = Response.status(original.getStatus());
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(value -> copy.header(name, value));
            }
        });
        if (body.length > 0) {
            copy.type(MediaType.APPLICATION_JSON_TYPE);
        }
        return copy.entity(body).build();
    }

    private static String location(Response answer) {
        URI location = answer.getLocation();
        return location == null ? null : location.toString();
    }

    /** 1 to 255 visible ASCII characters, sent once. */
    static String checkedKey(List<String> sent) {
        String key = sent.get(0);
        boolean visible = key.length() >= 1 && key.length() <= MAX_KEY_LENGTH
                && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
        if (sent.size() > 1 || !visible) {
            throw ProblemException.invalidField(HEADER, "The " + HEADER + " header must be sent once, as 1 to "
                    + MAX_KEY_LENGTH + " visible ASCII characters (no spaces), e.g. a UUID.");
        }
        return key;
    }

    /** The request as fingerprinted: the operation and its arguments (path parameters and body, as JSON). */
    private byte[] fingerprinted(String operation, Object[] arguments) throws JsonProcessingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(operation.getBytes(StandardCharsets.UTF_8));
        bytes.write(0);
        bytes.writeBytes(json.writeValueAsBytes(Arrays.asList(arguments)));
        return bytes.toByteArray();
    }
}
