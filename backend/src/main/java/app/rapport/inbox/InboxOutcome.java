package app.rapport.inbox;

/** What came of something I sent (an OUTCOME item). */
public enum InboxOutcome {
    ACCEPTED, NOW_FOLLOWING, INTRODUCTION_FORWARDED, INTRODUCTION_DECLINED, INTRODUCED
}
