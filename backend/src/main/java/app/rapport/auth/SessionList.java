package app.rapport.auth;

import java.util.List;

/** A member's live log-in sessions, newest first (schema SessionList). */
public record SessionList(List<SessionResponse> items) {
}
