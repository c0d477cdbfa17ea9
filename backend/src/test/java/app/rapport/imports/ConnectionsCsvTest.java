package app.rapport.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.rapport.common.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConnectionsCsvTest {

    private static ConnectionsCsv.Parsed parse(String text) {
        return ConnectionsCsv.parse(text.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void linkedInPreamble_isSkipped_andQuotedCellsKeepCommasQuotesAndLineBreaks() {
        ConnectionsCsv.Parsed p = parse(NetworkImportResourceTest.PREAMBLE + NetworkImportResourceTest.HEADER
                + "Ana,Lima,https://www.linkedin.com/in/ana,ana@example.test,\"Acme, Inc.\",\"The \"\"Boss\"\"\",02 Dec 2026\n"
                + "Bo,Ng,,,Hooli,\"Line one\nline two\",\n");
        assertEquals(ImportFormat.LINKEDIN, p.format());
        assertEquals(1, p.people().size());
        ImportedPerson ana = p.people().get(0);
        assertEquals("Acme, Inc.", ana.company());
        assertEquals("The \"Boss\"", ana.position());
        assertEquals(LocalDate.of(2026, 12, 2), ana.connectedOn());
        assertEquals(5, ana.lineNumber());
        assertEquals(1, p.skippedCount());
        assertEquals(6, p.skipped().get(0).lineNumber());
    }

    @Test
    void utf16WithItsMark_isRead() {
        byte[] body = ("\uFEFF" + NetworkImportResourceTest.HEADER + "Zoë,Brontë,,,Acme,,2024-01-31\n")
                .getBytes(StandardCharsets.UTF_16LE);
        ConnectionsCsv.Parsed p = ConnectionsCsv.parse(body, 100);
        assertEquals("Zoë", p.people().get(0).firstName());
        assertEquals(LocalDate.of(2024, 1, 31), p.people().get(0).connectedOn());
    }

    @Test
    void unreadableDate_isLeftOut_notTheRow() {
        assertNull(parse(NetworkImportResourceTest.HEADER + "Ana,Lima,,,Acme,,yesterday\n").people().get(0).connectedOn());
    }

    @Test
    void emailWithoutAt_isNoEmail() {
        assertNull(parse(NetworkImportResourceTest.HEADER + "Ana,Lima,,not-an-email,Acme,,\n").people().get(0).email());
    }

    @Test
    void rowLimit_countsPeopleNotLines() {
        StringBuilder csv = new StringBuilder(NetworkImportResourceTest.HEADER);
        for (int i = 0; i < 100; i++) {
            csv.append("A").append(i).append(",B,,,C,,\n\n");
        }
        assertEquals(100, parse(csv.toString()).people().size());
        csv.append("One,More,,,C,,\n");
        ProblemException e = assertThrows(ProblemException.class, () -> parse(csv.toString()));
        assertEquals("FILE_TOO_MANY_ROWS", e.code());
    }
}
