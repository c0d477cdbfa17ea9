package app.rapport.auth;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Api;
import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.arc.ClientProxy;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Forged, stale or foreign tokens: each is a 401 problem with a Bearer challenge, never a 500 or a way in. */
@QuarkusTest
class JwtAbuseTest {

    private static final String RS256 = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    private static final String ISSUER = ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String b64(String json) {
        return b64(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String pem(String property) throws Exception {
        return Files.readString(Path.of(ConfigProvider.getConfig().getValue(property, String.class)));
    }

    private static PrivateKey rapportKey() throws Exception {
        String body = pem("smallrye.jwt.sign.key.location").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    private static String signed(String header, String payload, PrivateKey key) throws Exception {
        String content = b64(header) + "." + b64(payload);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(content.getBytes(StandardCharsets.US_ASCII));
        return content + "." + b64(rsa.sign());
    }

    private static String claims(String subject, String issuer, Long iat, Long nbf, Long exp) {
        StringBuilder json = new StringBuilder("{\"iss\":\"" + issuer + "\",\"sub\":\"" + subject + "\",\"groups\":[\"member\"]");
        if (iat != null) {
            json.append(",\"iat\":").append(iat);
        }
        if (nbf != null) {
            json.append(",\"nbf\":").append(nbf);
        }
        if (exp != null) {
            json.append(",\"exp\":").append(exp);
        }
        return json.append('}').toString();
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static void refused(String token) {
        Api.anonymous().header("Authorization", "Bearer " + token).get("/api/me")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer realm=\"rapport\""))
                .body("status", equalTo(401));
    }

    @Test
    void aTokenSignedTheSameWayAsOurs_isAccepted() throws Exception {
        TestMember m = TestMember.create();
        // The claims of a real log-in (its session id included), signed here with the same key.
        String payload = new String(java.util.Base64.getUrlDecoder().decode(m.token().split("\\.")[1]), StandardCharsets.UTF_8);
        String token = signed(RS256, payload, rapportKey());
        Api.anonymous().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200);
    }

    @Test
    void aVerifiedTokenRememberedByTheParser_stillDiesWithItsSession_andAnAlteredCopyIsRefused() throws Exception {
        TestMember m = TestMember.create();
        Api.as(m).get("/api/me").then().statusCode(200);
        Api.as(m).get("/api/me").then().statusCode(200);
        // Same claims, one signature byte changed: another text, so it is checked in full and refused.
        String[] parts = m.token().split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[10] ^= 1;
        refused(parts[0] + "." + parts[1] + "." + b64(signature));
        // The session behind the remembered token ends: the token is refused at once.
        Api.as(m).post("/api/me/sessions/current/end").then().statusCode(204);
        refused(m.token());
    }

    @Test
    void theParserRemembersATokenOnlyUntilItExpires() throws Exception {
        TestMember m = TestMember.create();
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofHours(13));
        VerifiedTokenCache cache = new VerifiedTokenCache(Clock.systemUTC());
        VerifiedTokenCache afterExpiry = new VerifiedTokenCache(later);
        var first = cache.parse(m.token(), settings);
        assertSame(first, cache.parse(m.token(), settings), "a verified token is remembered");
        assertEquals(1, cache.size());
        // Checked against other settings, a remembered token is checked in full again.
        JWTAuthContextInfo strangers = new JWTAuthContextInfo(settings);
        strangers.setIssuedBy("https://evil.example");
        assertThrows(ParseException.class, () -> cache.parse(m.token(), strangers));
        // Thirteen hours on (tokens live 12), a remembered token is not served from memory.
        afterExpiry.parse(m.token(), settings);
        var again = afterExpiry.parse(m.token(), settings);
        assertNotSame(again, afterExpiry.parse(m.token(), settings), "past its exp, every use is checked in full");
        // A refused token is never remembered.
        String forged = signed(RS256, claims(Long.toString(m.id()), "https://evil.example", now(), null, now() + 600), rapportKey());
        assertThrows(ParseException.class, () -> cache.parse(forged, settings));
        assertEquals(1, cache.size());
    }

    /** The cache is what every request's token goes through, not a parser nothing calls. */
    @Test
    void everyRequestsTokenIsVerifiedThroughTheCache() {
        TestMember m = TestMember.create();
        VerifiedTokenCache app = (VerifiedTokenCache) ClientProxy.unwrap(factory);
        assertFalse(app.remembers(m.token()));
        Api.as(m).get("/api/me/sessions").then().statusCode(200);
        assertTrue(app.remembers(m.token()), "a request's verified token is remembered");
    }

    @Inject
    JWTAuthContextInfo settings;

    @Inject
    JWTCallerPrincipalFactory factory;

    @Test
    void algNone_isRefused() {
        TestMember m = TestMember.create();
        refused(b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(claims(Long.toString(m.id()), ISSUER, now(), null, now() + 600)) + ".");
    }

    @Test
    void hs256WithThePublicKeyAsSecret_isRefused() throws Exception {
        TestMember m = TestMember.create();
        String content = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(claims(Long.toString(m.id()), ISSUER, now(), null, now() + 600));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(pem("mp.jwt.verify.publickey.location").getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        refused(content + "." + b64(mac.doFinal(content.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void anotherKey_isRefused() throws Exception {
        TestMember m = TestMember.create();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        refused(signed(RS256, claims(Long.toString(m.id()), ISSUER, now(), null, now() + 600), generator.generateKeyPair().getPrivate()));
    }

    @Test
    void expired_notYetValid_issuedInTheFuture_andWithoutExpiry_areRefused() throws Exception {
        TestMember m = TestMember.create();
        String sub = Long.toString(m.id());
        PrivateKey key = rapportKey();
        refused(signed(RS256, claims(sub, ISSUER, now() - 7200, null, now() - 3600), key));
        refused(signed(RS256, claims(sub, ISSUER, now(), now() + 3600, now() + 7200), key));
        refused(signed(RS256, claims(sub, ISSUER, now() + 3600, null, now() + 7200), key));
        refused(signed(RS256, claims(sub, ISSUER, now(), null, null), key));
    }

    @Test
    void wrongIssuer_isRefused() throws Exception {
        TestMember m = TestMember.create();
        refused(signed(RS256, claims(Long.toString(m.id()), "https://evil.example", now(), null, now() + 600), rapportKey()));
    }

    @Test
    void unknownOrDeletedMember_isRefused() throws Exception {
        refused(signed(RS256, claims("999999999", ISSUER, now(), null, now() + 600), rapportKey()));
        refused(signed(RS256, claims("not-a-number", ISSUER, now(), null, now() + 600), rapportKey()));
        TestMember gone = TestMember.create();
        Sql.exec("DELETE FROM members WHERE id = ?", gone.id());
        refused(gone.token());
        Api.anonymous().header("Authorization", "Bearer " + gone.token()).body("{\"text\":\"still here?\"}")
                .post("/api/posts").then().statusCode(401);
    }

    @Test
    void garbageOrEmptyBearer_isRefused_withInvalidTokenChallenge() {
        refused("garbage");
        refused("a.b.c");
        refused("");
        Api.anonymous().header("Authorization", "Bearer garbage").get("/api/me")
                .then().header("WWW-Authenticate", equalTo("Bearer realm=\"rapport\", error=\"invalid_token\""));
    }

    @Test
    void noToken_isChallengedWithoutAnError() {
        Api.anonymous().get("/api/me").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"rapport\""));
    }
}
