package app.rapport.introductions;

/** Why a mutual connection is more or less likely to make an introduction land (schema IntroducerReason). */
public enum IntroducerReason {
    CONNECTED_LONG, RECENTLY_CONNECTED, OUR_MESSAGES, MY_NOTES, OUR_PUBLIC_INTERACTIONS, NO_INTERACTION,
    BROKER_CONNECTED_LONG, BROKER_RECENTLY_CONNECTED, WORKED_TOGETHER, BROKER_PUBLIC_INTERACTIONS
}
