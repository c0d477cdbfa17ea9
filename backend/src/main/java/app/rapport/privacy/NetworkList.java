package app.rapport.privacy;

/** One of a member's network lists, with the words a refusal uses for it. */
public enum NetworkList {
    CONNECTIONS("their connections"),
    FOLLOWERS("their followers"),
    FOLLOWING("the members they follow");

    private final String words;

    NetworkList(String words) {
        this.words = words;
    }

    /** "their connections", "their followers", "the members they follow". */
    public String words() {
        return words;
    }
}
