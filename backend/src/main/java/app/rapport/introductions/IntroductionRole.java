package app.rapport.introductions;

/** A member's part in an introduction (schema IntroductionRole). */
public enum IntroductionRole {
    REQUESTER, BROKER, TARGET
}
