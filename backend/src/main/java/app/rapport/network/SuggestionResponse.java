package app.rapport.network;

import app.rapport.profiles.ProfileSummary;

/** A 2nd-degree member the viewer may know, with how many connections they share (schema SuggestionResponse). */
public record SuggestionResponse(ProfileSummary member, long mutualConnectionCount) {
}
