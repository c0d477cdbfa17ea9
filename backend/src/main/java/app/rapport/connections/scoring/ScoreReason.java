package app.rapport.connections.scoring;

/** Why a note scored as it did; each code comes with a plain-words explanation for people. */
public enum ScoreReason {
    NO_NOTE("There is no note: nothing tells the recipient why you want to connect."),
    TOO_SHORT("The note is very short: a few words rarely say why this connection matters."),
    GENERIC_TEMPLATE("The note reads like a stock template that could be sent to anyone."),
    PASTED_TO_MANY("You sent the same or nearly the same note to several other people recently."),
    PITCH("The note opens with a sales pitch (selling something, or asking for a call, a demo or the budget "
            + "owner). People who keep real networks ignore a pitch out of the gate, even one that names them; "
            + "say first how you know them or why they matter to you."),
    MENTIONS_RECIPIENT("The note addresses the recipient by name."),
    MENTIONS_RECIPIENT_WORK("The note refers to the recipient's company, title, headline or career history."),
    MENTIONS_SHARED_CONTEXT("The note refers to something you share: a workplace, an event, a meeting or a project."),
    SPECIFIC_DETAILS("The note contains specific details (names of things, places, dates) rather than stock phrases.");

    private final String explanation;

    ScoreReason(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }

    /** Whether this reason counts against a note (shown as a warning) rather than for it. */
    public boolean negative() {
        return this == NO_NOTE || this == TOO_SHORT || this == GENERIC_TEMPLATE || this == PASTED_TO_MANY
                || this == PITCH;
    }
}
