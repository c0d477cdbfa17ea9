package app.rapport.relationships.strength;

/** Why a relationship has the strength it has (schema StrengthReason). */
public enum StrengthReason {
    RECENT_INTERACTION, FREQUENT_INTERACTION, BOTH_DIRECTIONS, MY_NOTES, INTRODUCED, PERSONAL_INVITATION,
    MUTUAL_INVITATION, LONG_CONNECTION, NO_INTERACTION, NO_RECENT_INTERACTION, ONE_DIRECTION, OPEN_NETWORKER
}
