package app.rapport.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.SseClient;
import app.rapport.support.TestMember;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Live delivery across instances: two instances of the built jar on two ports against one
 * database (the one with-db.sh names). A message sent through one arrives on a stream held by
 * the other; a stream reopened with Last-Event-ID gets what it missed; the send→receive
 * latency over 200 messages is measured and written to target/live-events-latency.txt.
 */
class LiveEventsTwoInstancesIT {

    static final int MESSAGES = 200;
    static final String NOTE = "Hi, we met at the Berlin payments meetup last week and talked about ledger design.";

    static Process a;
    static Process b;
    static int portA;
    static int portB;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        portA = freePort();
        portB = freePort();
        a = launch(portA, "a");
        b = launch(portB, "b");
        awaitReady(portA, a);
        awaitReady(portB, b);
    }

    @AfterAll
    static void stopThem() throws InterruptedException {
        for (Process p : new Process[] {a, b}) {
            if (p != null) {
                p.destroy();
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
        RestAssured.reset();
    }

    @Test
    void aMessageSentThroughOneInstance_arrivesOnAStreamHeldByTheOther_andAReconnectCatchesUp() throws Exception {
        RestAssured.port = portA;
        TestMember ann = TestMember.create("Ann");
        TestMember bob = TestMember.create("Bob");
        long invitation = Api.as(ann).body(Map.of("recipientId", bob.id(), "note", NOTE)).post("/api/invitations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(bob).post("/api/invitations/" + invitation + "/accept").then().statusCode(200);

        // Bob's ticket comes from instance A; his stream is held by instance B.
        String ticket = Api.as(bob).post("/api/me/event-tickets").then().statusCode(201).extract().jsonPath()
                .getString("ticket");
        List<Long> latenciesMicros = new ArrayList<>();
        long conversation;
        String lastId;
        try (SseClient stream = SseClient.open("http://localhost:" + portB + "/api/me/events?ticket=" + ticket, Map.of())) {
            assertEquals(200, stream.status());
            awaitComment(stream);
            conversation = Api.as(ann).body(Map.of("recipientId", bob.id(), "text", "hello across instances"))
                    .post("/api/conversations").then().statusCode(201).extract().jsonPath().getLong("id");
            SseClient.Event first = stream.next("message", 20_000);
            assertNotNull(first, "the first message never reached the other instance");
            assertEquals(conversation, JsonPath.from(first.data()).getLong("conversationId"));

            // Sent with a plain HTTP client: rest-assured's contract validation would add tens of
            // ms of client-side work per message to what is measured (the first message above and
            // everything else in these tests go through it).
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < MESSAGES; i++) {
                HttpRequest send = HttpRequest.newBuilder(URI.create("http://localhost:" + portA + "/api/conversations/"
                                + conversation + "/messages"))
                        .header("Authorization", "Bearer " + ann.token()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"message " + i + "\"}")).build();
                long t0 = System.nanoTime();
                HttpResponse<String> sent = http.send(send, HttpResponse.BodyHandlers.ofString());
                assertEquals(201, sent.statusCode(), sent.body());
                long id = JsonPath.from(sent.body()).getLong("id");
                SseClient.Event e;
                do {
                    e = stream.next("message", 20_000);
                    assertNotNull(e, "message " + i + " never arrived");
                } while (JsonPath.from(e.data()).getLong("messageId") != id);
                latenciesMicros.add((e.receivedNanos() - t0) / 1_000);
            }
            lastId = stream.next("inbox", 20_000).id();
        }

        // Missed while no stream was open, caught up from B with Last-Event-ID:
        List<Long> missed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            missed.add(Api.as(ann).body(Map.of("text", "while you were away " + i))
                    .post("/api/conversations/" + conversation + "/messages").then().statusCode(201)
                    .extract().jsonPath().getLong("id"));
        }
        try (SseClient stream = SseClient.open("http://localhost:" + portB + "/api/me/events",
                Map.of("Authorization", "Bearer " + bob.token(), "Last-Event-ID", lastId))) {
            for (long expected : missed) {
                SseClient.Event e = stream.next("message", 20_000);
                assertNotNull(e, "missed message " + expected + " not caught up");
                assertEquals(expected, JsonPath.from(e.data()).getLong("messageId"));
            }
        }

        // And the other way round: a stream on A, a message through B.
        RestAssured.port = portB;
        String ticketB = Api.as(ann).post("/api/me/event-tickets").then().statusCode(201).extract().jsonPath()
                .getString("ticket");
        try (SseClient stream = SseClient.open("http://localhost:" + portA + "/api/me/events?ticket=" + ticketB, Map.of())) {
            awaitComment(stream);
            long id = Api.as(bob).body(Map.of("text", "reply through B"))
                    .post("/api/conversations/" + conversation + "/messages").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            SseClient.Event e = stream.next("message", 20_000);
            assertNotNull(e);
            assertEquals(id, JsonPath.from(e.data()).getLong("messageId"));
        }
        report(latenciesMicros);
    }

    private static void report(List<Long> micros) throws IOException {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        String line = "send→receive across instances over %d messages: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms"
                .formatted(sorted.size(), pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                        sorted.get(sorted.size() - 1) / 1000.0);
        System.out.println(line);
        Files.writeString(Path.of("target", "live-events-latency.txt"), line + "\n");
        assertEquals(MESSAGES, sorted.size());
        assertTrue(pct(sorted, 50) < 1_000, line);
    }

    private static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1000.0;
    }

    private static void awaitComment(SseClient stream) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (stream.comments() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertTrue(stream.comments() > 0, "the stream never opened");
    }

    private static Process launch(int port, String name) throws IOException {
        String jar = System.getProperty("rapport.app.jar", "target/quarkus-app/quarkus-run.jar");
        assertTrue(new File(jar).isFile(), "build the jar first (mvn verify does): " + jar);
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx256m", "-Dquarkus.http.port=" + port,
                "-Drapport.demo.enabled=false", "-Dquarkus.datasource.jdbc.min-size=2",
                "-Dquarkus.http.access-log.enabled=false",
                // the latency run sends a few hundred messages in a minute from one member
                "-Drapport.rate-limits.writes=100000/1m", "-Drapport.rate-limits.reads=100000/1m",
                "-Drapport.rate-limits.policies.sign-up=1000/1m", "-Drapport.rate-limits.policies.log-in=1000/1m",
                "-Drapport.rate-limits.log-in-per-email=1000/1m", "-jar", jar);
        pb.redirectErrorStream(true);
        pb.redirectOutput(new File("target", "it-instance-" + name + ".log"));
        return pb.start();
    }

    private static void awaitReady(int port, Process p) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            assertTrue(p.isAlive(), "instance on port " + port + " died; see target/it-instance-*.log");
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("instance on port " + port + " not ready in time");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
