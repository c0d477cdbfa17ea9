package app.rapport.contract;

import app.rapport.support.Api;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * The HttpClient handed to the generated client: it sends each request as the client built
 * it, and checks the request and the response against openapi.yaml (both must conform) before
 * the client reads the response. An event stream is cut after its headers (it never ends).
 */
final class ContractCheckingHttpClient extends HttpClient {

    private static final OpenApiInteractionValidator CONTRACT = OpenApiInteractionValidator
            .createForSpecificationUrl(Api.CONTRACT_FILE.toUri().toString()).build();

    private final HttpClient delegate = HttpClient.newHttpClient();
    /** What the contract found wrong, one line per request. */
    final List<String> violations = new ArrayList<>();
    /** Every request sent, "METHOD path -> status". */
    final List<String> exchanges = new ArrayList<>();

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        byte[] requestBody = bodyOf(request);
        HttpResponse<InputStream> response = delegate.send(request, HttpResponse.BodyHandlers.ofInputStream());
        String type = response.headers().firstValue("Content-Type").orElse("");
        byte[] responseBody;
        try (InputStream in = response.body()) {
            responseBody = type.startsWith("text/event-stream") ? new byte[0] : in.readAllBytes();
        }
        check(request, requestBody, response, type, responseBody);
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            public int statusCode() {
                return response.statusCode();
            }

            public HttpHeaders headers() {
                return response.headers();
            }

            public Version version() {
                return response.version();
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            public void request(long n) {
            }

            public void cancel() {
            }
        });
        subscriber.onNext(List.of(ByteBuffer.wrap(responseBody)));
        subscriber.onComplete();
        T body;
        try {
            body = subscriber.getBody().toCompletableFuture().get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        }
        return new Answered<>(response, body);
    }

    private void check(HttpRequest request, byte[] requestBody, HttpResponse<?> response, String type, byte[] responseBody) {
        URI uri = request.uri();
        SimpleRequest.Builder req = new SimpleRequest.Builder(request.method(), uri.getRawPath());
        request.headers().map().forEach(req::withHeader);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                req.withQueryParam(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
            }
        }
        if (requestBody.length > 0) {
            req.withBody(new String(requestBody, StandardCharsets.UTF_8));
        }
        SimpleResponse.Builder res = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach(res::withHeader);
        if (responseBody.length > 0) {
            res.withBody(new String(responseBody, StandardCharsets.UTF_8));
        }
        String exchange = request.method() + " " + uri.getRawPath() + " -> " + response.statusCode();
        exchanges.add(exchange);
        if (type.startsWith("text/event-stream")) {
            return; // the validator cannot read a stream; its status and type are checked by the test
        }
        ValidationReport report = CONTRACT.validate(req.build(), res.build());
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .forEach(m -> violations.add(exchange + ": " + m.getKey() + " " + m.getMessage()));
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The bytes a request's body publisher produces (the client's publishers can be read again). */
    private static byte[] bodyOf(HttpRequest request) {
        Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher();
        if (publisher.isEmpty() || publisher.get().contentLength() == 0) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Void> done = new CompletableFuture<>();
        publisher.get().subscribe(new Flow.Subscriber<>() {
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.writeBytes(bytes);
            }

            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            public void onComplete() {
                done.complete(null);
            }
        });
        done.join();
        return out.toByteArray();
    }

    /** The delegate's response with the body the client's handler made of the bytes read. */
    private record Answered<T>(HttpResponse<?> response, T body) implements HttpResponse<T> {
        public int statusCode() {
            return response.statusCode();
        }

        public HttpRequest request() {
            return response.request();
        }

        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        public HttpHeaders headers() {
            return response.headers();
        }

        public Optional<SSLSession> sslSession() {
            return response.sslSession();
        }

        public URI uri() {
            return response.uri();
        }

        public Version version() {
            return response.version();
        }
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException("the conformance test drives the client's blocking calls");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        throw new UnsupportedOperationException("the conformance test drives the client's blocking calls");
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
