package app.rapport.introductions;

/** What accepting an introduction did (schema IntroductionResult). */
public enum IntroductionResult {
    CONNECTED, FOLLOWING
}
