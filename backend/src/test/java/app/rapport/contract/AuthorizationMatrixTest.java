package app.rapport.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.ContractModel;
import app.rapport.support.ContractModel.Op;
import app.rapport.support.Graph;
import app.rapport.support.TestMember;
import app.rapport.support.WriteLog;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix: every operation whose baseline call names something private of
 * its member (a token, session, position, invitation, tag, view, note, conversation, inbox
 * item, introduction, a connections-only post and its comments) is sent by two other members,
 * one with no relation to the owner and one connected to them; each gets 404 (existence must
 * not leak; an id given in the body is a 400 naming the field, as for an id that does not
 * exist) and nothing is written, except where the contract lets a connection in (reading
 * and reacting to a post shared with connections). The operations are derived from the
 * contract: one with a path parameter that is not a public id and no private thing in its
 * baseline fails the suite. That a READ token is refused on every write operation of the
 * contract is {@code auth.CredentialRulesTest}.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** Path parameters that name public things: members (a blocked one answers like a missing one). */
    private static final Set<String> PUBLIC_PATH_PARAMETERS = Set.of("handle", "memberId");

    /** What a connection of the owner may do with the owner's connections-only post, by status. */
    private static final Map<String, Integer> CONNECTION_MAY = Map.of("getPost", 200, "likePost", 200,
            "unlikePost", 200, "listComments", 200, "addComment", 201, "resharePost", 422);

    /** Matrix calls where the baseline names nothing private (resharing needs a public post). */
    private static final Map<String, Function<Fixture, Call>> MATRIX_CALLS = Map.of(
            "resharePost", f -> f.start("resharePost").path("postId", f.post()));

    @BeforeAll
    static void watchWrites() {
        WriteLog.install();
    }

    @AfterAll
    static void stopWatching() {
        WriteLog.uninstall();
    }

    private static Call matrixCall(String operationId, Fixture f) {
        Function<Fixture, Call> special = MATRIX_CALLS.get(operationId);
        return special != null ? special.apply(f) : Baselines.of(operationId, f);
    }

    @Test
    void everyOperationWithAPrivateIdInItsPath_isInTheMatrix() {
        Set<String> missing = new TreeSet<>();
        for (Op op : ContractModel.operations()) {
            boolean privatePath = op.in("path").stream().map(Parameter::getName).anyMatch(n -> !PUBLIC_PATH_PARAMETERS.contains(n));
            if (privatePath && matrixCall(op.operationId(), new Fixture()).privateThings.isEmpty()) {
                missing.add(op.toString());
            }
        }
        assertEquals(Set.of(), missing, "operations with a private id in the path whose baseline names nothing private"
                + " (give the baseline a Fixture thing made with privately(...), or a MATRIX_CALLS entry)");
    }

    @Test
    void anotherMember_connectedOrNot_getsNotFound_andChangesNothing() {
        List<String> wrong = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        int cases = 0;
        for (Op op : ContractModel.operations()) {
            if (Baselines.missing().contains(op.operationId())) {
                continue;
            }
            Fixture f = new Fixture();
            Call owners = matrixCall(op.operationId(), f);
            if (owners.privateThings.isEmpty() || owners.as == null) {
                continue;
            }
            covered.add(op.operationId() + " " + owners.privateThings);
            TestMember stranger = TestMember.create("Matrix Stranger");
            TestMember connection = TestMember.create("Matrix Connection");
            Graph.connect(f.me(), connection);
            for (TestMember intruder : List.of(stranger, connection)) {
                cases++;
                String who = op.operationId() + " by " + (intruder == stranger ? "a stranger" : "a connection of the owner");
                Integer allowed = intruder == connection ? CONNECTION_MAY.get(op.operationId()) : null;
                long mark = WriteLog.mark();
                Http.Answer a = Http.send(owners.as(intruder));
                List<String> problems = Http.contractProblems(op, a);
                if (!problems.isEmpty()) {
                    wrong.add(who + ": answer breaks the contract " + problems);
                }
                if (allowed != null) {
                    if (a.status() != allowed) {
                        wrong.add(who + ": expected " + allowed + ", got " + a);
                    }
                    continue;
                }
                // an id in the body (a view's tagIds) is a field at fault, answered as for an id that does not exist
                boolean bodyReference = op.in("path").stream().allMatch(p -> PUBLIC_PATH_PARAMETERS.contains(p.getName()))
                        && op.in("query").stream().noneMatch(q -> owners.query.containsKey(q.getName()));
                boolean refused = a.status() == 404 || (bodyReference && a.status() == 400);
                if (!refused || !a.problem()) {
                    wrong.add(who + ": expected a 404 problem, got " + a);
                }
                List<String> writes = WriteLog.since(mark);
                if (!writes.isEmpty()) {
                    wrong.add(who + ": wrote " + writes);
                }
            }
            // the owner's own call still goes through: the intruders changed nothing
            Http.Answer ok = Http.send(owners);
            if (ok.status() >= 300 && !MATRIX_CALLS.containsKey(op.operationId())) {
                wrong.add(op.operationId() + ": the owner's call failed after the intruders' " + ok);
            }
        }
        System.out.printf("authorization matrix: %d operations, %d cases%n", covered.size(), cases);
        covered.forEach(c -> System.out.println("  " + c));
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers:\n" + String.join("\n", wrong));
        assertTrue(covered.size() >= 35, "matrix covers " + covered);
    }
}
