package app.rapport.inbox;

import app.rapport.profiles.ProfileSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One item of my inbox (schema InboxItem). */
public record InboxItem(long id, InboxKind kind, long referenceId, ProfileSummary actor, String preview, boolean unread,
                        int unreadCount, Integer score,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String verdict,
                        @JsonInclude(JsonInclude.Include.NON_NULL) InboxOutcome outcome, Instant lastActivityAt) {
}
