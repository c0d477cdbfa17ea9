package app.rapport.support;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operations of openapi.yaml with every {@code $ref} resolved, for the suites that are
 * generated from the contract (bad input, authorization matrix, generated client): each new
 * operation in the file is picked up by them without a line of test code.
 */
public final class ContractModel {

    /**
     * Statuses any request may meet before it reaches an operation, documented once in the
     * contract's description ("Errors") and under {@code components/responses}.
     */
    public static final Set<Integer> GLOBAL_STATUSES = Set.of(400, 413, 414, 415, 431);

    public static final OpenAPI RESOLVED = parse();

    private ContractModel() {
    }

    /** One operation: its verb, path template, id, parameters and request body. */
    public record Op(String method, String path, String operationId, Operation operation,
                     List<Parameter> parameters, Schema<?> body, boolean bodyRequired, Set<Integer> statuses) {

        public boolean anonymous() {
            return operation.getSecurity() != null && operation.getSecurity().isEmpty();
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> where.equals(p.getIn())).toList();
        }

        /** A documented status, or one every operation may answer. */
        public boolean documents(int status) {
            return statuses.contains(status) || GLOBAL_STATUSES.contains(status);
        }

        public boolean reads() {
            return method.equals("GET");
        }

        @Override
        public String toString() {
            return operationId + " (" + method + " " + path + ")";
        }
    }

    public static List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        RESOLVED.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            List<Parameter> params = new ArrayList<>();
            if (item.getParameters() != null) {
                params.addAll(item.getParameters());
            }
            if (op.getParameters() != null) {
                params.addAll(op.getParameters());
            }
            Schema<?> body = null;
            boolean required = false;
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                var json = op.getRequestBody().getContent().get("application/json");
                body = json == null ? null : json.getSchema();
                required = Boolean.TRUE.equals(op.getRequestBody().getRequired());
            }
            Set<Integer> statuses = new TreeSet<>();
            op.getResponses().keySet().forEach(code -> statuses.add(Integer.parseInt(code)));
            ops.add(new Op(method.name(), path, op.getOperationId(), op, params, body, required, statuses));
        }));
        return ops;
    }

    public static Op operation(String operationId) {
        return operations().stream().filter(o -> o.operationId().equals(operationId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + operationId + " in openapi.yaml"));
    }

    private static OpenAPI parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        return new OpenAPIV3Parser().read(Api.CONTRACT_FILE.toString(), null, options);
    }
}
