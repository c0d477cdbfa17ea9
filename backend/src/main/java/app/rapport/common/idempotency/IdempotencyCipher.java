package app.rapport.common.idempotency;

import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.jwt.util.ResourceUtils;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps what {@code idempotency_keys} stores useless to anyone who only reads the database: a
 * stored answer may carry a secret (a new access token, an event ticket). From the raw
 * Idempotency-Key, which the table never holds, the member's id and a pepper drawn from the
 * server's token-signing key, HKDF-SHA256 derives the row's id (a hash of the key), the key of
 * the request fingerprint, and the AES-256-GCM key that seals the answer. Only a request that
 * presents the key again, as that member, to a server holding the signing key, can open it; the
 * pepper keeps a guessable key (say "1") from being tried offline against a copy of the table.
 * Someone holding the signing key could sign tokens anyway, so it is the right secret to lean on.
 */
@ApplicationScoped
public class IdempotencyCipher {

    private static final int TAG_BITS = 128;
    private static final int NONCE_BYTES = 12;

    private final SecureRandom random = new SecureRandom();
    private final byte[] pepper;

    public IdempotencyCipher(@ConfigProperty(name = "smallrye.jwt.sign.key.location") String signingKeyLocation) {
        try {
            // read as smallrye-jwt reads it (a file, else a class-path resource); the key's encoding is the pepper's input
            byte[] signingKey = KeyUtils.decodePrivateKey(ResourceUtils.readResource(signingKeyLocation)).getEncoded();
            this.pepper = hmac(signingKey, "rapport idempotency-keys pepper v1".getBytes(StandardCharsets.UTF_8));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the token-signing key at " + signingKeyLocation, e);
        }
    }

    /** The secrets of one member's key: HKDF-Extract with the pepper as salt, then one Expand per use. */
    Keyed derive(long memberId, String idempotencyKey) {
        byte[] prk = hmac(pepper, idempotencyKey.getBytes(StandardCharsets.US_ASCII));
        return new Keyed(expand(prk, "row id", memberId), expand(prk, "fingerprint", memberId),
                expand(prk, "answer", memberId));
    }

    /** HKDF-Expand (RFC 5869) to one 32-byte block, the info naming the use and the member. */
    private static byte[] expand(byte[] prk, String use, long memberId) {
        byte[] info = (use + " " + memberId).getBytes(StandardCharsets.US_ASCII);
        return hmac(prk, ByteBuffer.allocate(info.length + 1).put(info).put((byte) 1).array());
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    /** A stored answer once opened: its Location (or null) and its body (JSON bytes, maybe empty). */
    record Answer(String location, byte[] body) {
    }

    /** What one Idempotency-Key of one member derives; {@code rowId} is what the table stores instead of the key. */
    final class Keyed {

        private final byte[] rowId;
        private final byte[] fingerprintKey;
        private final byte[] answerKey;

        private Keyed(byte[] rowId, byte[] fingerprintKey, byte[] answerKey) {
            this.rowId = rowId;
            this.fingerprintKey = fingerprintKey;
            this.answerKey = answerKey;
        }

        byte[] rowId() {
            return rowId.clone();
        }

        /** A keyed hash of the request, so the table cannot confirm a guess at what a request said. */
        byte[] fingerprint(byte[] request) {
            return hmac(fingerprintKey, request);
        }

        /** nonce ‖ AES-GCM(location, body), bound to this row by its id as associated data. */
        byte[] seal(Answer answer) {
            try {
                ByteArrayOutputStream plain = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(plain);
                out.writeBoolean(answer.location() != null);
                if (answer.location() != null) {
                    out.writeUTF(answer.location());
                }
                out.write(answer.body());
                byte[] nonce = new byte[NONCE_BYTES];
                random.nextBytes(nonce);
                Cipher aes = aes(Cipher.ENCRYPT_MODE, nonce);
                byte[] sealed = aes.doFinal(plain.toByteArray());
                return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot seal an idempotent answer", e);
            }
        }

        /** The answer sealed under this key; fails when the bytes were not sealed under it (or were altered). */
        Answer open(byte[] sealed) {
            try {
                Cipher aes = aes(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_BYTES));
                byte[] plain = aes.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
                String location = in.readBoolean() ? in.readUTF() : null;
                return new Answer(location, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("A stored idempotent answer does not open under its key", e);
            }
        }

        private Cipher aes(int mode, byte[] nonce) throws GeneralSecurityException {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(mode, new SecretKeySpec(answerKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(rowId);
            return aes;
        }
    }
}
