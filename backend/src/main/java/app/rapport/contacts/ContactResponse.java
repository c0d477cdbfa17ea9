package app.rapport.contacts;

import app.rapport.introductions.IntroductionResponse;
import app.rapport.profiles.ProfileSummary;
import app.rapport.relationships.ContactTag;
import app.rapport.relationships.HowWeMet;
import app.rapport.relationships.LastInteraction;
import app.rapport.relationships.strength.RelationshipStrength;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** Everything that is mine about one contact (schema ContactResponse). */
public record ContactResponse(ProfileSummary member, boolean connected, boolean following, boolean followsMe,
                              Instant connectedSince,
                              @JsonInclude(JsonInclude.Include.NON_NULL) HowWeMet howWeMet,
                              @JsonInclude(JsonInclude.Include.NON_NULL) LastInteraction lastInteraction,
                              @JsonInclude(JsonInclude.Include.NON_NULL) RelationshipStrength strength,
                              List<ContactTag> tags, long noteCount, List<ContactNote> notes,
                              @JsonInclude(JsonInclude.Include.NON_NULL) ContactConversation conversation,
                              List<IntroductionResponse> introductions) {
}
