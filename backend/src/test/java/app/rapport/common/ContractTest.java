package app.rapport.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The contract and the code describe the same API: every operation the resources serve is
 * in openapi.yaml with the same operationId, every operation in openapi.yaml is served, and
 * the document at /q/openapi is the file itself. (Each other test validates the requests and
 * responses it makes against the file, see {@link Api}.)
 */
@QuarkusTest
class ContractTest {

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(
            GET.class, "GET", POST.class, "POST", PUT.class, "PUT", PATCH.class, "PATCH", DELETE.class, "DELETE");

    @Inject
    BeanManager beans;

    @Test
    void everyServedOperationIsDocumented_andEveryDocumentedOperationIsServed() {
        Set<String> served = new TreeSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null || !type.getPackageName().startsWith("app.rapport")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                for (var verb : VERBS.entrySet()) {
                    if (m.isAnnotationPresent(verb.getKey())) {
                        Path sub = m.getAnnotation(Path.class);
                        String path = join(root.value(), sub == null ? "" : sub.value());
                        served.add(verb.getValue() + " " + path + " " + m.getName());
                    }
                }
            }
        }

        OpenAPI contract = new OpenAPIV3Parser().read(Api.CONTRACT_FILE.toString());
        Set<String> documented = new TreeSet<>();
        contract.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(
                (method, op) -> documented.add(method.name() + " " + path + " " + op.getOperationId())));

        Set<String> undocumented = new TreeSet<>(served);
        undocumented.removeAll(documented);
        Set<String> unserved = new TreeSet<>(documented);
        unserved.removeAll(served);
        assertTrue(undocumented.isEmpty(), "served but not in openapi.yaml (method path operationId): " + undocumented);
        assertTrue(unserved.isEmpty(), "in openapi.yaml but not served (method path java-method): " + unserved);
    }

    @Test
    void servedDocumentIsTheContractFile() throws Exception {
        String served = Api.raw().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Object servedTree = new Yaml().load(served);
        Object fileTree = new Yaml().load(Files.readString(Api.CONTRACT_FILE));
        assertEquals(((Map<?, ?>) fileTree).get("paths"), ((Map<?, ?>) servedTree).get("paths"));
        assertEquals(((Map<?, ?>) fileTree).get("components"), ((Map<?, ?>) servedTree).get("components"));
    }

    @Test
    void everyOperationIdIsUnique() {
        OpenAPI contract = new OpenAPIV3Parser().read(Api.CONTRACT_FILE.toString());
        List<String> ids = contract.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .map(op -> op.getOperationId()).toList();
        assertEquals(ids.size(), new TreeSet<>(ids).size(), "duplicate operationIds: " + ids);
    }

    /** Any operation can be rate limited, so each documents the shared 429 (other branches: add the line to yours). */
    @Test
    void everyOperationDocumentsTooManyRequests() throws Exception {
        Map<?, ?> paths = (Map<?, ?>) ((Map<?, ?>) new Yaml().load(Files.readString(Api.CONTRACT_FILE))).get("paths");
        Set<String> missing = new TreeSet<>();
        paths.forEach((path, item) -> ((Map<?, ?>) item).forEach((method, op) -> {
            if (VERBS.containsValue(method.toString().toUpperCase())) {
                Map<?, ?> operation = (Map<?, ?>) op;
                Object tooMany = ((Map<?, ?>) operation.get("responses")).get("429");
                if (!(tooMany instanceof Map<?, ?> ref && "#/components/responses/TooManyRequests".equals(ref.get("$ref")))) {
                    missing.add(operation.get("operationId") + " (" + method + " " + path + ")");
                }
            }
        }));
        assertTrue(missing.isEmpty(), "add '429': { $ref: '#/components/responses/TooManyRequests' } to: " + missing);
    }

    /** Joins JAX-RS paths and drops regex parts of templates: "/x/{id: \\d+}" -> "/x/{id}". */
    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}");
    }
}
