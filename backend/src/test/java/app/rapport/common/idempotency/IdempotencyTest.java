package app.rapport.common.idempotency;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.Race;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Creations sent with an Idempotency-Key: replayed, never made twice, refused when the key is misused. */
@QuarkusTest
class IdempotencyTest {

    @Inject
    IdempotencyKeyPurge purge;

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static Response createPost(TestMember member, String key, String text) {
        return Api.as(member).header("Idempotency-Key", key)
                .body(Map.of("text", text, "visibility", "PUBLIC")).post("/api/posts");
    }

    private static long posts(TestMember member) {
        return Sql.count("SELECT count(*) FROM posts WHERE author_id = ?", member.id());
    }

    @Test
    void retryWithSameKeyAndBody_replaysTheFirstAnswer_andCreatesOnce() {
        TestMember me = TestMember.create();
        String key = newKey();
        Response first = createPost(me, key, "Hello, once");
        Response again = createPost(me, key, "Hello, once");

        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(201, again.statusCode());
        assertEquals(first.asString(), again.asString());
        assertEquals(first.getHeader("Location"), again.getHeader("Location"));
        assertNull(first.getHeader("Idempotent-Replayed"));
        assertEquals("true", again.getHeader("Idempotent-Replayed"));
        assertEquals(1, posts(me));
        assertEquals(1, Sql.count("SELECT count(*) FROM idempotency_keys WHERE member_id = ?", me.id()));
    }

    @Test
    void sameKeyWithAnotherBody_isRefusedWith422_andCreatesNothing() {
        TestMember me = TestMember.create();
        String key = newKey();
        createPost(me, key, "First text").then().statusCode(201);

        createPost(me, key, "Other text").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"))
                .body("detail", containsString("Idempotency-Key"));
        assertEquals(1, posts(me));
    }

    @Test
    void sameKeyOnAnotherOperation_isRefusedWith422() {
        TestMember me = TestMember.create();
        String key = newKey();
        long postId = createPost(me, key, "A post").then().statusCode(201).extract().jsonPath().getLong("id");

        Api.as(me).header("Idempotency-Key", key).body(Map.of("text", "A post"))
                .post("/api/posts/" + postId + "/comments")
                .then().statusCode(422).body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
        assertEquals(0, Sql.count("SELECT count(*) FROM comments WHERE post_id = ?", postId));
    }

    @Test
    void malformedKey_isRefusedWith400NamingTheHeader() {
        TestMember me = TestMember.create();
        for (String bad : List.of("has space", "x".repeat(256), "caf\u00e9")) {
            Api.as(me).header("Idempotency-Key", bad).body(Map.of("text", "never", "visibility", "PUBLIC"))
                    .post("/api/posts")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].field", equalTo("Idempotency-Key"));
        }
        Api.as(me).header("Idempotency-Key", "").body(Map.of("text", "never", "visibility", "PUBLIC"))
                .post("/api/posts").then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        createPost(me, "x".repeat(255), "Longest key is fine").then().statusCode(201);
        assertEquals(1, posts(me));
    }

    @Test
    void concurrentRequestsWithOneKey_createExactlyOne_andAllGetItsAnswer() {
        TestMember me = TestMember.create();
        String key = newKey();
        List<Supplier<Response>> calls = Collections.nCopies(8, () -> createPost(me, key, "Raced post"));

        List<Response> answers = Race.atOnce(calls);

        answers.forEach(r -> assertEquals(201, r.statusCode(), r.asString()));
        assertEquals(1, answers.stream().map(r -> r.jsonPath().getLong("id")).distinct().count());
        assertEquals(1, posts(me));
    }

    @Test
    void concurrentInvitationsWithOneKey_sendOne() {
        TestMember sender = TestMember.create();
        TestMember recipient = TestMember.create("Rita Recipient");
        String key = newKey();
        Map<String, Object> body = Map.of("recipientId", recipient.id(),
                "note", "Rita, we met at the Lisbon data meetup; I would like to stay in touch.");
        List<Response> answers = Race.atOnce(Collections.nCopies(6,
                () -> Api.as(sender).header("Idempotency-Key", key).body(body).post("/api/invitations")));

        answers.forEach(r -> assertEquals(201, r.statusCode(), r.asString()));
        assertEquals(1, Sql.count("SELECT count(*) FROM invitations WHERE sender_id = ?", sender.id()));
    }

    @Test
    void keysExpireAfter24Hours_thenCreateAgain_andArePurged() {
        TestMember me = TestMember.create();
        String key = newKey();
        long first = createPost(me, key, "Daily").then().statusCode(201).extract().jsonPath().getLong("id");
        Sql.exec("UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE member_id = ?", me.id());

        long second = createPost(me, key, "Daily").then().statusCode(201).extract().jsonPath().getLong("id");
        assertNotEquals(first, second);
        assertEquals(2, posts(me));

        Sql.exec("UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE member_id = ?", me.id());
        assertTrue(purge.purgeBatch() >= 1);
        assertEquals(0, Sql.count("SELECT count(*) FROM idempotency_keys WHERE member_id = ?", me.id()));
    }

    @Test
    void keysArePerMember_anotherMemberWithTheSameKeyCreatesTheirOwn() {
        TestMember alice = TestMember.create();
        TestMember bob = TestMember.create();
        String key = newKey();
        long alices = createPost(alice, key, "Same words").then().statusCode(201).extract().jsonPath().getLong("id");
        Response bobs = createPost(bob, key, "Same words");

        bobs.then().statusCode(201).body("author.id", equalTo((int) bob.id()));
        assertNotEquals(alices, bobs.jsonPath().getLong("id"));
        assertNull(bobs.getHeader("Idempotent-Replayed"));
        assertEquals(1, posts(alice));
        assertEquals(1, posts(bob));
    }

    @Test
    void aFailedRequest_doesNotHoldItsKey_soTheRetryCanSucceed() {
        TestMember me = TestMember.create();
        long tagId = Api.as(me).body(Map.of("name", "clients")).post("/api/tags").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String key = newKey();
        Api.as(me).header("Idempotency-Key", key).body(Map.of("name", "clients")).post("/api/tags")
                .then().statusCode(409);
        assertEquals(0, Sql.count("SELECT count(*) FROM idempotency_keys WHERE member_id = ?", me.id()));

        Api.as(me).delete("/api/tags/" + tagId).then().statusCode(204);
        Api.as(me).header("Idempotency-Key", key).body(Map.of("name", "clients")).post("/api/tags")
                .then().statusCode(201).body("name", equalTo("clients"));
    }

    @Test
    void bodylessCreation_isReplayedToo() {
        TestMember me = TestMember.create();
        String key = newKey();
        Response first = Api.as(me).header("Idempotency-Key", key).post("/api/me/event-tickets");
        Response again = Api.as(me).header("Idempotency-Key", key).post("/api/me/event-tickets");

        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(first.asString(), again.asString());
        assertEquals("true", again.getHeader("Idempotent-Replayed"));
    }

    @Test
    void aRetriedDecision_replaysItsAnswer_insteadOfAlreadyDecided() {
        TestMember sender = TestMember.create();
        TestMember recipient = TestMember.create("Rosa Recipient");
        long invitationId = Api.as(sender).body(Map.of("recipientId", recipient.id(),
                        "note", "Rosa, your talk on supply chains at the Porto meetup was great; let us stay in touch."))
                .post("/api/invitations").then().statusCode(201).extract().jsonPath().getLong("id");
        String key = newKey();
        Response first = Api.as(recipient).header("Idempotency-Key", key).post("/api/invitations/" + invitationId + "/accept");
        Response again = Api.as(recipient).header("Idempotency-Key", key).post("/api/invitations/" + invitationId + "/accept");

        assertEquals(200, first.statusCode(), first.asString());
        assertEquals(200, again.statusCode(), again.asString());
        assertEquals(first.asString(), again.asString());
        Api.as(recipient).post("/api/invitations/" + invitationId + "/accept").then().statusCode(409);
    }

    /** The interceptor answers with a Response: an operation declared to return anything else would fail at run time. */
    @Test
    void everyIdempotentOperation_returnsAResponse() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        List<String> found = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(classes.resolve("app/rapport"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                for (java.lang.reflect.Method method : Class.forName(name).getDeclaredMethods()) {
                    if (method.isAnnotationPresent(Idempotent.class)) {
                        found.add(method.getName());
                        assertEquals(jakarta.ws.rs.core.Response.class, method.getReturnType(), name + "." + method.getName());
                    }
                }
            }
        }
        assertTrue(found.containsAll(List.of("createPost", "addComment", "resharePost", "sendInvitation", "acceptInvitation",
                "makeFollower", "startConversation", "sendMessage", "replyToInvitation", "requestIntroduction", "createTag",
                "createTagView", "createNote", "addPosition", "createAccessToken", "createEventTicket")), found.toString());
    }

    private static Response createAccessToken(TestMember member, String key) {
        return Api.as(member).header("Idempotency-Key", key)
                .body(Map.of("name", "CI deploys", "scopes", List.of("READ", "WRITE"), "expiresInDays", 30))
                .post("/api/me/access-tokens");
    }

    /** Every column of the member's key rows as the database shows it (bytea in hex), and the byteas as bytes. */
    private static String storedRows(TestMember member) {
        return String.join("\n", Sql.strings("""
                SELECT concat_ws('|', t::text, encode(key_hash, 'escape'), encode(fingerprint, 'escape'),
                                 encode(answer, 'escape'))
                  FROM idempotency_keys t WHERE member_id = ?""", member.id()));
    }

    private static String hex(String s) {
        return HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCreatedAccessToken_leavesNeitherItsSecretNorTheKeyInTheDatabase_yetItsRetryGetsTheSameSecret() {
        TestMember me = TestMember.create();
        String key = newKey();
        Response first = createAccessToken(me, key);
        first.then().statusCode(201);
        String secret = first.jsonPath().getString("accessToken");
        Api.raw().header("Authorization", "Bearer " + secret).get("/api/me").then().statusCode(200);

        String stored = storedRows(me);
        assertEquals(1, Sql.count("SELECT count(*) FROM idempotency_keys WHERE member_id = ? AND answer IS NOT NULL", me.id()));
        for (String part : secret.split("\\.")) {
            assertFalse(stored.contains(part), "a part of the token's secret is stored: " + part);
        }
        for (String leak : List.of(secret, hex(secret), Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret.getBytes(StandardCharsets.UTF_8)),
                key, hex(key), "CI deploys", hex("CI deploys"))) {
            assertFalse(stored.contains(leak), "stored in idempotency_keys: " + leak);
        }

        Response again = createAccessToken(me, key);
        assertEquals(201, again.statusCode(), again.asString());
        assertEquals("true", again.getHeader("Idempotent-Replayed"));
        assertEquals(secret, again.jsonPath().getString("accessToken"));
        assertEquals(first.asString(), again.asString());
        assertEquals(1, Sql.count("SELECT count(*) FROM access_tokens WHERE member_id = ?", me.id()));
    }

    @Test
    void anotherMemberSendingTheSameKeyAndBody_getsNoReplayOfTheFirstSecret() {
        TestMember alice = TestMember.create();
        TestMember bob = TestMember.create();
        String key = newKey();
        String alices = createAccessToken(alice, key).then().statusCode(201).extract().jsonPath().getString("accessToken");

        Response bobs = createAccessToken(bob, key);

        bobs.then().statusCode(201);
        assertNull(bobs.getHeader("Idempotent-Replayed"));
        assertNotEquals(alices, bobs.jsonPath().getString("accessToken"));
        assertEquals(1, Sql.count("SELECT count(*) FROM access_tokens WHERE member_id = ?", bob.id()));
        assertEquals(1, Sql.count("SELECT count(*) FROM access_tokens WHERE member_id = ?", alice.id()));
    }

    @Test
    void withoutAKey_everyRequestCreates() {
        TestMember me = TestMember.create();
        Api.as(me).body(Map.of("text", "No key", "visibility", "PUBLIC")).post("/api/posts").then().statusCode(201);
        Api.as(me).body(Map.of("text", "No key", "visibility", "PUBLIC")).post("/api/posts").then().statusCode(201);
        assertEquals(2, posts(me));
    }
}
