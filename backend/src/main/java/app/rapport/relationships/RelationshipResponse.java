package app.rapport.relationships;

import app.rapport.profiles.ProfileSummary;
import app.rapport.relationships.strength.RelationshipStrength;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** One of my connections with the signals of our relationship (schema RelationshipResponse). */
public record RelationshipResponse(ProfileSummary member, Instant connectedSince, HowWeMet howWeMet,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) LastInteraction lastInteraction,
                                   InteractionCounts interactions, List<ContactTag> tags, RelationshipStrength strength,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) Instant keptAt) {
}
