package app.rapport.notifications;

import app.rapport.profiles.ProfileSummary;
import java.util.List;

/** The sentence a notification shows: "Ana Lima and 3 others liked your post." */
final class NotificationText {

    private NotificationText() {
    }

    static String of(NotificationKind kind, List<ProfileSummary> actors, int count, String detail) {
        String who = names(actors, count);
        return switch (kind) {
            case NEW_FOLLOWER -> who + " started following you.";
            case REQUEST_ACCEPTED -> who + " accepted your connection request.";
            case NOW_FOLLOWING -> "You now follow " + who + ".";
            case POST_LIKED -> who + " liked your post.";
            case POST_COMMENTED -> who + " commented on your post.";
            case POST_RESHARED -> who + " reshared your post.";
            case THREAD_COMMENTED -> who + " also commented on a post you commented on.";
            case CAREER_UPDATE -> who + " " + (detail == null ? "has a career update" : detail) + ".";
            case IMPORTED_CONTACT_JOINED -> who + ", from your imported connections, joined Rapport.";
        };
    }

    /** "Ana", "Ana and Ben", "Ana and 3 others". */
    static String names(List<ProfileSummary> actors, int count) {
        if (actors.isEmpty()) {
            return "Someone";
        }
        String first = actors.get(0).displayName();
        if (count <= 1) {
            return first;
        }
        if (count == 2 && actors.size() >= 2) {
            return first + " and " + actors.get(1).displayName();
        }
        return first + " and " + (count - 1) + " others";
    }
}
