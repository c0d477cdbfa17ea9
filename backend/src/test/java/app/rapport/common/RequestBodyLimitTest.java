package app.rapport.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.rapport.support.Sql;
import app.rapport.support.TestMember;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Request bodies are held to their limit however they are framed: a body sent chunked, without a
 * Content-Length, is counted as it arrives and refused with the same 413 problem as one that
 * states its length, on every path but the CSV upload (which has its own, larger limit).
 */
@QuarkusTest
class RequestBodyLimitTest {

    private static final int KIB = 1024;

    /** What came back on the wire. */
    private record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        JsonPath json() {
            return JsonPath.from(body);
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /** A post's JSON padded with whitespace (still valid JSON) to {@code size} bytes. */
    private static byte[] paddedPost(String text, int size) {
        String json = "{\"text\":\"" + text + "\",\"visibility\":\"PUBLIC\"}";
        return (json + " ".repeat(size - json.length())).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Sends {@code body} with {@code Transfer-Encoding: chunked} and no Content-Length, in 8 KiB chunks, over a
     * plain socket; {@code finish} false leaves the body unfinished (no last chunk), so an answer proves the
     * server judged the body before its end. A server that answers and closes mid-body is no error here.
     */
    private static Answer sendChunked(String target, String token, String contentType, byte[] body, boolean finish)
            throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                       + "\r\nContent-Type: " + contentType + "\r\nAccept: application/json\r\n"
                       + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                for (int at = 0; at < body.length; at += 8 * KIB) {
                    int n = Math.min(8 * KIB, body.length - at);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, at, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                if (finish) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException answeredMidBody) {
                // the server refused the body and closed the connection: its answer is there to read
            }
            return read(socket.getInputStream());
        }
    }

    /** Reads one answer: its head, then as many bytes as it says (Content-Length, or chunks), without waiting for a close. */
    private static Answer read(InputStream raw) throws IOException {
        InputStream in = new BufferedInputStream(raw);
        String statusLine = line(in);
        Map<String, String> headers = new TreeMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(), 16)) {
                body.writeBytes(in.readNBytes(size));
                line(in);
            }
        } else {
            body.writeBytes(in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0"))));
        }
        return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection closed mid-answer, after: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static long posts(TestMember member) {
        return Sql.count("SELECT count(*) FROM posts WHERE author_id = ?", member.id());
    }

    @Test
    void chunkedBodyOver256KiB_isRefusedWith413Problem_beforeItEnds_andWritesNothing() throws IOException {
        TestMember me = TestMember.create();

        Answer a = sendChunked("/api/posts", me.token(), "application/json", paddedPost("Too long", 300 * KIB), false);

        assertEquals(413, a.status(), a.toString());
        assertTrue(a.header("Content-Type").startsWith("application/problem+json"), a.toString());
        assertEquals("PAYLOAD_TOO_LARGE", a.json().getString("code"));
        assertEquals("The request body is larger than 256 KiB.", a.json().getString("detail"));
        assertEquals(0, posts(me));
    }

    @Test
    void chunkedBodyUnderTheLimit_isHandledNormally() throws IOException {
        TestMember me = TestMember.create();

        Answer a = sendChunked("/api/posts", me.token(), "application/json", paddedPost("Sent in chunks", 200 * KIB), true);

        assertEquals(201, a.status(), a.toString());
        assertEquals("Sent in chunks", a.json().getString("text"));
        assertEquals(1, posts(me));
    }

    @Test
    void chunkedCsvOf7MiB_reachesTheUpload_andIsJudgedByItsOwnRules() throws IOException {
        TestMember me = TestMember.create();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n".getBytes(StandardCharsets.UTF_8));
        byte[] line = "Someone,Withaverylongname,https://www.linkedin.com/in/someone,,Acme,Engineer,02 Dec 2026\n"
                .getBytes(StandardCharsets.UTF_8);
        while (csv.size() < 7 * KIB * KIB) {
            csv.writeBytes(line);
        }

        Answer a = sendChunked("/api/me/network-imports?fileName=Connections.csv", me.token(), "text/csv",
                csv.toByteArray(), true);

        // read whole and refused by the importer itself (over 30,000 rows), not by a size limit
        assertEquals(422, a.status(), a.toString());
        assertEquals("FILE_TOO_MANY_ROWS", a.json().getString("code"));
    }

    @Test
    void chunkedCsvOver8MiB_isRefusedWithTheUploadsOwn413Problem() throws IOException {
        TestMember me = TestMember.create();
        byte[] csv = new byte[9 * KIB * KIB];
        Arrays.fill(csv, (byte) 'a');

        Answer a = sendChunked("/api/me/network-imports?fileName=Connections.csv", me.token(), "text/csv", csv, false);

        assertEquals(413, a.status(), a.toString());
        assertTrue(a.header("Content-Type").startsWith("application/problem+json"), a.toString());
        assertEquals("PAYLOAD_TOO_LARGE", a.json().getString("code"));
        assertTrue(a.json().getString("detail").startsWith("The file is larger than 8 MiB"), a.toString());
        assertEquals(0, Sql.count("SELECT count(*) FROM network_imports WHERE owner_id = ?", me.id()));
    }
}
