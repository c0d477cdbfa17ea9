package app.rapport.introductions;

/** An introduction's state as every party may see it: who declined is not said (schema IntroductionStatus). */
public enum IntroductionStatus {
    REQUESTED, FORWARDED, ACCEPTED, DECLINED, WITHDRAWN;

    static IntroductionStatus of(IntroductionState state) {
        return switch (state) {
            case REQUESTED -> REQUESTED;
            case FORWARDED -> FORWARDED;
            case ACCEPTED -> ACCEPTED;
            case DECLINED_BY_BROKER, DECLINED_BY_TARGET -> DECLINED;
            case WITHDRAWN, CANCELLED -> WITHDRAWN;
        };
    }
}
