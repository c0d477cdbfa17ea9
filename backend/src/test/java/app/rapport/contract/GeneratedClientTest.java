package app.rapport.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.client.ApiClient;
import app.rapport.client.ApiException;
import app.rapport.client.ApiResponse;
import app.rapport.support.ContractModel;
import app.rapport.support.ContractModel.Op;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Conformance through a generated client: openapi-generator (its Maven plugin, java/native)
 * generates a client from openapi.yaml at build time (target/generated-test-sources); this
 * test drives every operation of the contract through it, unmodified, with the operation's
 * baseline call ({@link Baselines}: one line per operation), against the test server. Every
 * request the client builds and every response it gets are checked against the contract on
 * the wire ({@link ContractCheckingHttpClient}), and each call must succeed and be read by the
 * client without error. An operation the client has no method for, or that is not driven,
 * fails the test.
 */
@QuarkusTest
class GeneratedClientTest {

    @Test
    void everyOperation_throughTheGeneratedClient_conformsToTheContract() {
        List<String> wrong = new ArrayList<>();
        Set<String> driven = new TreeSet<>();
        ContractCheckingHttpClient wire = new ContractCheckingHttpClient();
        for (Op op : ContractModel.operations()) {
            if (Baselines.missing().contains(op.operationId())) {
                wrong.add(op + ": no baseline in Baselines");
                continue;
            }
            int violationsBefore = wire.violations.size();
            try {
                Call call = Baselines.of(op.operationId());
                ApiResponse<?> response = invoke(op, call, wire);
                if (response.getStatusCode() / 100 != 2) {
                    wrong.add(op + ": status " + response.getStatusCode());
                }
                driven.add(op.operationId());
            } catch (ApiException e) {
                wrong.add(op + ": " + e.getCode() + " " + e.getResponseBody());
            } catch (Exception e) {
                wrong.add(op + ": " + e);
            }
            wrong.addAll(wire.violations.subList(violationsBefore, wire.violations.size()));
        }
        System.out.printf("generated client: %d of %d operations driven, %d requests checked against the contract%n",
                driven.size(), ContractModel.operations().size(), wire.exchanges.size());
        assertTrue(wrong.isEmpty(), wrong.size() + " problems:\n" + String.join("\n", wrong));
        assertTrue(driven.size() == ContractModel.operations().size(), "not driven: " + driven);
    }

    /** Calls the client's {@code <operationId>WithHttpInfo} with the baseline's parameters and body, as the member. */
    private static ApiResponse<?> invoke(Op op, Call call, HttpClient wire) throws Exception {
        ApiClient client = new ApiClient() {
            @Override
            public HttpClient getHttpClient() {
                return wire;
            }
        };
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        if (call.as != null) {
            String token = call.as.token();
            client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        }
        ObjectMapper mapper = client.getObjectMapper();
        // java/native writes every request body with its ObjectMapper, an uploaded File too (as its path, in
        // quotes): the one thing configured on the client is how a File is written, its bytes as they are
        mapper.registerModule(new SimpleModule().addSerializer(File.class, new JsonSerializer<>() {
            @Override
            public void serialize(File file, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeRaw(Files.readString(file.toPath()));
            }
        }));
        client.setObjectMapper(mapper); // getObjectMapper() gives a copy
        Class<?> api = Class.forName("app.rapport.client.api." + apiClassName(op.operation().getTags().get(0)));
        Method method = Arrays.stream(api.getMethods())
                .filter(m -> m.getName().equals(op.operationId() + "WithHttpInfo"))
                .filter(m -> m.getParameterCount() == 0 || m.getParameterTypes()[m.getParameterCount() - 1] != java.util.Map.class)
                .findFirst().orElseThrow(() -> new AssertionError("the generated " + api.getSimpleName()
                        + " has no method " + op.operationId() + "WithHttpInfo"));
        Object[] args = new Object[method.getParameterCount()];
        Parameter[] params = method.getParameters();
        for (int i = 0; i < params.length; i++) {
            Parameter p = params[i];
            if (p.getType().getPackageName().equals("app.rapport.client.model") && !p.getType().isEnum()) {
                args[i] = call.body == null ? null : mapper.convertValue(call.body, p.getType());
                continue;
            }
            if (p.getType() == File.class) { // an uploaded file (the CSV of importNetwork): the generator takes a File
                Path file = Files.createTempFile("baseline", ".csv");
                file.toFile().deleteOnExit();
                Files.writeString(file, call.rawBody == null ? "" : call.rawBody);
                args[i] = file.toFile();
                continue;
            }
            Object value = valueFor(call, p.getName());
            args[i] = value == null ? null : mapper.convertValue(value, mapper.constructType(p.getParameterizedType()));
        }
        Object target = api.getConstructor(ApiClient.class).newInstance(client);
        try {
            return (ApiResponse<?>) method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The baseline's path or query value for a client parameter (the generator camel-cases names). */
    private static Object valueFor(Call call, String javaName) {
        for (var e : call.path.entrySet()) {
            if (same(e.getKey(), javaName)) {
                return e.getValue();
            }
        }
        for (var e : call.query.entrySet()) {
            if (same(e.getKey(), javaName)) {
                return e.getValue().size() == 1 && !call.op.in("query").stream()
                        .filter(q -> q.getName().equals(e.getKey())).findFirst()
                        .map(q -> "array".equals(SchemaValues.type(q.getSchema()))).orElse(false)
                        ? e.getValue().get(0) : e.getValue();
            }
        }
        return null;
    }

    private static boolean same(String contractName, String javaName) {
        return contractName.replaceAll("[^A-Za-z0-9]", "").equalsIgnoreCase(javaName)
                && (contractName.equals(javaName) || !contractName.matches("[A-Za-z0-9]+"));
    }

    /** "Access tokens" -> AccessTokensApi, as the generator names the class of a tag. */
    private static String apiClassName(String tag) {
        StringBuilder out = new StringBuilder();
        for (String word : tag.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return out.append("Api").toString();
    }
}
