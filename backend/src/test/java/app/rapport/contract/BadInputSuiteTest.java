package app.rapport.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.contract.BadInputs.BadInput;
import app.rapport.contract.BadInputs.Expect;
import app.rapport.contract.BadInputs.Wire;
import app.rapport.support.ContractModel;
import app.rapport.support.ContractModel.Op;
import app.rapport.support.WriteLog;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bad-input suite, generated from openapi.yaml for every operation (see {@link BadInputs}
 * for what is tried). Each bad input is sent in place of the operation's valid baseline call;
 * the answer must be a 4xx the contract documents for the operation (or for every request),
 * an {@code application/problem+json} with a {@code detail} that validates against the
 * contract, never a 5xx; and a refused request must have stored nothing at all (the
 * {@link WriteLog} sees every committed row change). Odd but valid text (emoji, other scripts,
 * injection strings in free text) may also be taken. Last, the baseline itself must succeed,
 * which proves the bad inputs were otherwise-valid requests.
 */
@QuarkusTest
class BadInputSuiteTest {

    @BeforeAll
    static void watchWrites() {
        WriteLog.install();
    }

    @AfterAll
    static void stopWatching() {
        WriteLog.uninstall();
    }

    @Test
    void everyOperationHasABaseline() {
        assertEquals(Set.of(), Baselines.missing(), "operations of openapi.yaml without a baseline: add one line each to Baselines");
        assertEquals(Set.of(), Baselines.stale(), "Baselines entries for operations that left openapi.yaml");
    }

    @Test
    void everyOperation_refusesEveryBadInput_withADocumentedProblem_andStoresNothing() {
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> tried = new TreeMap<>();
        for (Op op : ContractModel.operations()) {
            if (Baselines.missing().contains(op.operationId())) {
                continue; // reported by everyOperationHasABaseline
            }
            try {
                long started = System.nanoTime();
                Call call = Baselines.of(op.operationId());
                int count = 0;
                for (BadInput bad : BadInputs.of(op)) {
                    count++;
                    Wire wire = bad.wire().apply(call);
                    long mark = WriteLog.mark();
                    Http.Answer a = Http.send(op.method(), wire.target(), call.as == null ? null : call.as.token(),
                            wire.contentType(), wire.body(), wire.headers());
                    String label = op.operationId() + " [" + bad.label() + "]: ";
                    if (a.status() >= 200 && a.status() < 300 && bad.expect() == Expect.REFUSED_OR_TAKEN) {
                        List<String> problems = Http.contractProblems(op, a);
                        if (!problems.isEmpty()) {
                            wrong.add(label + "taken, but the answer breaks the contract: " + problems);
                        }
                        call = Baselines.of(op.operationId()); // the baseline's state may be spent: start again
                        continue;
                    }
                    String fault = refusalFault(op, bad, a);
                    if (fault != null) {
                        wrong.add(label + fault + " — " + a);
                    }
                    List<String> writes = WriteLog.since(mark);
                    if (!writes.isEmpty()) {
                        wrong.add(label + "refused with " + a.status() + " but stored " + writes);
                    }
                    if (a.status() < 400) {
                        call = Baselines.of(op.operationId());
                    }
                }
                tried.put(op.operationId(), count);
                System.out.printf("bad-input suite: %s, %d bad inputs, %d ms%n", op.operationId(), count,
                        (System.nanoTime() - started) / 1_000_000);
                Http.Answer ok = Http.send(call);
                if (ok.status() >= 300) {
                    wrong.add(op.operationId() + " baseline " + call + " was not taken: " + ok);
                }
            } catch (RuntimeException e) {
                wrong.add(op.operationId() + ": " + e);
            }
        }
        int total = tried.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("bad-input suite: %d operations, %d bad inputs%n", tried.size(), total);
        tried.forEach((id, n) -> System.out.printf("  %-28s %4d%n", id, n));
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers:\n" + String.join("\n", wrong));
        assertTrue(tried.size() >= 90 && total > 3000, tried.size() + " operations, " + total + " bad inputs");
    }

    /** Why this answer is not a proper refusal, or null. */
    private static String refusalFault(Op op, BadInput bad, Http.Answer a) {
        if (a.status() >= 500) {
            return "server error";
        }
        if (a.status() < 400) {
            return "taken (" + a.status() + ")";
        }
        // 401 only where the bad input is the credential itself: a log-in, or the event stream's one-time ticket
        boolean credential = op.anonymous() || bad.label().startsWith("query ticket");
        if (a.status() == 429 || (a.status() == 401 && !credential) || !op.documents(a.status())) {
            return "status " + a.status() + " is not documented for this operation";
        }
        if (!a.problem()) {
            return "not application/problem+json";
        }
        if (!a.body().contains("\"detail\"")) {
            return "problem without a detail";
        }
        List<String> problems = Http.contractProblems(op, a);
        return problems.isEmpty() ? null : "breaks the contract: " + problems;
    }
}
