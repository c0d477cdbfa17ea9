package app.rapport.imports;

import java.time.LocalDate;

/** One person read from a contacts file, with the line of the file it came from. */
public record ImportedPerson(int lineNumber, String firstName, String lastName, String profileUrl, String email,
                             String company, String position, LocalDate connectedOn) {
}
