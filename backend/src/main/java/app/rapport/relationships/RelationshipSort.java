package app.rapport.relationships;

/** Orders of the relationship review (schema RelationshipSort). */
public enum RelationshipSort {
    LEAST_RECENT_INTERACTION, STRENGTH, CONNECTED_SINCE
}
