package app.rapport.imports;

import app.rapport.common.Problem;
import app.rapport.common.ProblemException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a contacts file: LinkedIn's {@code Connections.csv} (a "Notes:" preamble, then the
 * header row First Name, Last Name, URL, Email Address, Company, Position, Connected On) or a
 * plain CSV with the same header. RFC 4180 quoting; UTF-8 (with or without a byte-order mark)
 * or UTF-16 with its mark, as spreadsheets save "Unicode text". A file it cannot read is refused
 * whole with a 422 problem saying what to do; a single unusable line is skipped and reported.
 */
public final class ConnectionsCsv {

    /** The columns, as LinkedIn names them. First Name and Last Name are required, the rest optional. */
    public static final List<String> COLUMNS = List.of("First Name", "Last Name", "URL", "Email Address", "Company",
            "Position", "Connected On");

    /** How far down the header row may be (LinkedIn's preamble takes three or four lines). */
    private static final int HEADER_SEARCH = 12;

    private static final DateTimeFormatter LINKEDIN_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private static final Map<String, Integer> MAX_LENGTH = Map.of("First Name", 100, "Last Name", 100, "URL", 500,
            "Email Address", 254, "Company", 200, "Position", 200);

    /** What a file held: its kind, the people in it, and the lines left out (the first few, and how many). */
    public record Parsed(ImportFormat format, List<ImportedPerson> people, List<SkippedLine> skipped, int skippedCount) {
    }

    private ConnectionsCsv() {
    }

    public static Parsed parse(byte[] bytes, int maxRows) {
        String text = decode(bytes);
        Records records = new Records(text);
        List<String> first = records.next();
        if (text.isBlank()) {
            throw bad("FILE_EMPTY", "The file is empty. Upload the Connections.csv file from your LinkedIn data export.");
        }
        boolean preamble = first.get(0).strip().toLowerCase(Locale.ROOT).startsWith("notes:");
        Map<String, Integer> columns = header(first);
        List<String> firstCells = first;
        for (int i = 1; columns == null && i < HEADER_SEARCH; i++) {
            List<String> r = records.next();
            if (r == null) {
                break;
            }
            columns = header(r);
        }
        if (columns == null) {
            throw new ProblemException(422, "Refused", "FILE_COLUMNS",
                    "This file has no header row with the columns " + String.join(", ", COLUMNS)
                    + " (First Name and Last Name at least). Its first line reads: "
                    + shorten(String.join(",", firstCells)) + ". Upload Connections.csv from LinkedIn's"
                    + " \"Get a copy of your data\", or a CSV with those column names.",
                    List.of(new Problem.FieldError("file", "has no First Name / Last Name header row")));
        }
        List<ImportedPerson> people = new ArrayList<>();
        List<SkippedLine> skipped = new ArrayList<>();
        int skippedCount = 0;
        for (List<String> r = records.next(); r != null; r = records.next()) {
            int line = records.startLine();
            if (r.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (people.size() + skippedCount >= maxRows) {
                throw new ProblemException(422, "Refused", "FILE_TOO_MANY_ROWS",
                        "This file has more than %,d people; a LinkedIn network holds at most 30,000 connections."
                                .formatted(maxRows) + " Split it into smaller files and upload each.",
                        List.of(new Problem.FieldError("file", "has more than %,d rows".formatted(maxRows))));
            }
            String problem = problemOf(r, columns);
            if (problem != null) {
                skippedCount++;
                if (skipped.size() < 20) {
                    skipped.add(new SkippedLine(line, problem));
                }
                continue;
            }
            people.add(new ImportedPerson(line, cell(r, columns, "First Name"), cell(r, columns, "Last Name"),
                    cell(r, columns, "URL"), email(cell(r, columns, "Email Address")), cell(r, columns, "Company"),
                    cell(r, columns, "Position"), date(cell(r, columns, "Connected On"))));
        }
        return new Parsed(preamble ? ImportFormat.LINKEDIN : ImportFormat.PLAIN_CSV, people, skipped, skippedCount);
    }

    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE.newDecoder());
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE.newDecoder());
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                    && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        for (int i = start; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw bad("FILE_NOT_TEXT", "This is not a text file (it holds binary data: a spreadsheet or an archive?)."
                        + " Upload Connections.csv itself, not the .xlsx or the .zip it came in.");
            }
        }
        return strict(bytes, start, StandardCharsets.UTF_8.newDecoder());
    }

    private static String strict(byte[] bytes, int start, CharsetDecoder decoder) {
        try {
            return decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (MalformedInputException e) {
            throw bad("FILE_NOT_UTF8", "This file is not UTF-8 text (it was probably saved as Windows-1252 or"
                    + " Latin-1, which garbles accented names). LinkedIn's own Connections.csv is UTF-8: upload it"
                    + " unchanged, or save it from your spreadsheet as \"CSV UTF-8\".");
        } catch (CharacterCodingException e) {
            throw bad("FILE_NOT_UTF8", "This file's text could not be read as UTF-8 or UTF-16. Save it as \"CSV UTF-8\".");
        }
    }

    /** The column positions when this record is the header row, else null. */
    private static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip().replace("\uFEFF", "");
            for (String column : COLUMNS) {
                if (column.equalsIgnoreCase(name) && !at.containsKey(column)) {
                    at.put(column, i);
                }
            }
        }
        return at.containsKey("First Name") && at.containsKey("Last Name") ? at : null;
    }

    private static String problemOf(List<String> r, Map<String, Integer> columns) {
        String first = cell(r, columns, "First Name");
        String last = cell(r, columns, "Last Name");
        String email = cell(r, columns, "Email Address");
        if (first == null && last == null && email == null) {
            return "has no name and no email address";
        }
        for (Map.Entry<String, Integer> limit : MAX_LENGTH.entrySet()) {
            String v = cell(r, columns, limit.getKey());
            if (v != null && v.length() > limit.getValue()) {
                return limit.getKey() + " is longer than " + limit.getValue() + " characters";
            }
            if (v != null && v.chars().anyMatch(c -> Character.isISOControl(c))) {
                return limit.getKey() + " contains control characters";
            }
        }
        return null;
    }

    private static String cell(List<String> r, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        if (i == null || i >= r.size()) {
            return null;
        }
        String v = r.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static String email(String v) {
        return v != null && v.indexOf('@') > 0 ? v : null;
    }

    private static LocalDate date(String v) {
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v, LINKEDIN_DATE);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return "\"" + (one.length() > 80 ? one.substring(0, 80) + "…" : one) + "\"";
    }

    private static ProblemException bad(String code, String detail) {
        return new ProblemException(422, "Refused", code, detail, List.of(new Problem.FieldError("file", detail)));
    }

    /** RFC 4180 records over the whole text: quoted cells may hold commas, quotes ("") and line breaks. */
    private static final class Records {
        private final String text;
        private int pos;
        private int line = 1;
        private int startLine;

        Records(String text) {
            this.text = text;
        }

        int startLine() {
            return startLine;
        }

        List<String> next() {
            if (pos >= text.length()) {
                return null;
            }
            startLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            cell.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                } else if (c == '"' && cell.toString().isBlank()) {
                    cell.setLength(0);
                    quoted = true;
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                        pos++;
                    }
                    line++;
                    cells.add(cell.toString());
                    return cells;
                } else {
                    cell.append(c);
                }
            }
            if (quoted) {
                throw bad("FILE_MALFORMED", "Line " + startLine + " opens a quoted value that is never closed,"
                        + " so the rest of the file cannot be read. Fix that line or export the file again.");
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
