package app.rapport.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.rapport.support.Api;
import app.rapport.support.TestMember;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an operator relies on: Prometheus metrics, request ids, health. */
@QuarkusTest
class OperationsTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void metrics_arePrometheus_withLatencyPerOperation_pool_streams_andReplays() {
        TestMember me = TestMember.create();
        String key = UUID.randomUUID().toString();
        long postId = 0;
        for (int i = 0; i < 2; i++) {
            postId = Api.as(me).header("Idempotency-Key", key).body(Map.of("text", "Measured", "visibility", "PUBLIC"))
                    .post("/api/posts").then().statusCode(201).extract().jsonPath().getLong("id");
        }
        Api.as(me).get("/api/posts/" + postId).then().statusCode(200);
        Api.as(me).get("/api/posts/999999999").then().statusCode(404);

        RestAssured.given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain"))
                // latency histogram per URI template, never per raw path
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("uri=\"/api/posts/{postId}\""))
                .body(not(containsString("uri=\"/api/posts/" + postId + "\"")))
                .body(containsString("le=\"0.025\""))
                .body(containsString("status=\"404\""))
                // errors by status and code, idempotent replays, pool, event streams
                .body(containsString("rapport_problems_total{code=\"NOT_FOUND\",status=\"404\""))
                .body(containsString("rapport_idempotency_replays_total{operation=\"createPost\""))
                .body(containsString("agroal_active_count"))
                .body(containsString("agroal_awaiting_count"))
                .body(containsString("rapport_events_streams"));
    }

    @Test
    void requestId_saneOneIsEchoed_otherwiseOneIsMade() {
        Api.anonymous().header("X-Request-Id", "client-abc.123:9").get("/api/me")
                .then().header("X-Request-Id", equalTo("client-abc.123:9"));
        String made = Api.anonymous().header("X-Request-Id", "no spaces allowed").get("/api/me")
                .then().header("X-Request-Id", matchesPattern(UUID_PATTERN)).extract().header("X-Request-Id");
        String other = RestAssured.given().get("/q/health/ready")
                .then().statusCode(200).header("X-Request-Id", matchesPattern(UUID_PATTERN)).extract().header("X-Request-Id");
        assertNotEquals(made, other);
    }

    @Test
    void readiness_checksTheDatabase() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }
}
