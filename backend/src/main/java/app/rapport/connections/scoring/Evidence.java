package app.rapport.connections.scoring;

/**
 * The words of a note that earned a reason: {@code start}/{@code end} are offsets in the note as
 * written (UTF-16 units, end exclusive), {@code matches} says what they were matched to.
 */
public record Evidence(int start, int end, String text, String matches) {
}
