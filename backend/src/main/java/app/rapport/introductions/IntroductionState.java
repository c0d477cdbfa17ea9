package app.rapport.introductions;

/**
 * Where an introduction stands, as stored. REQUESTED -> FORWARDED -> ACCEPTED | DECLINED_BY_TARGET;
 * REQUESTED -> DECLINED_BY_BROKER; REQUESTED | FORWARDED -> WITHDRAWN | CANCELLED (a block
 * between two of the three; never shown). The parties see {@link IntroductionStatus}.
 */
public enum IntroductionState {
    REQUESTED, FORWARDED, ACCEPTED, DECLINED_BY_BROKER, DECLINED_BY_TARGET, WITHDRAWN, CANCELLED;

    public boolean open() {
        return this == REQUESTED || this == FORWARDED;
    }
}
