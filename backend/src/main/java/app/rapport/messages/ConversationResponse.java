package app.rapport.messages;

import app.rapport.profiles.ProfileSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A conversation as one of its two members sees it (schema ConversationResponse). */
public record ConversationResponse(long id, ProfileSummary member, ConversationOpening openedBy,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) ProfileSummary introducedBy,
                                   boolean canWrite,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) MessageResponse lastMessage,
                                   int unreadCount, Long readUpToMessageId, Instant lastActivityAt,
                                   Instant createdAt) {
}
