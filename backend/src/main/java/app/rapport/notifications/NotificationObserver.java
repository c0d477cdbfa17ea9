package app.rapport.notifications;

import app.rapport.blocks.MemberBlocked;
import app.rapport.connections.invitations.InvitationDecided;
import app.rapport.follows.FollowChanged;
import app.rapport.imports.ImportedContactJoined;
import app.rapport.posts.PostActivity;
import app.rapport.profiles.CareerChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;

/**
 * Turns what happens below into notifications, synchronously and so in the same transaction as
 * the cause (a rolled-back like notifies nobody), and undoes them when the cause is undone (an
 * unlike leaves no "liked your post"). Those features never call this one.
 */
@ApplicationScoped
public class NotificationObserver {

    /** At most this many earlier commenters are told about a new comment on a post. */
    static final int THREAD_CAP = 200;

    private final NotificationService notifications;
    private final NotificationRepository repository;

    public NotificationObserver(NotificationService notifications, NotificationRepository repository) {
        this.notifications = notifications;
        this.repository = repository;
    }

    void onPostActivity(@Observes PostActivity e) {
        long post = e.postId();
        switch (e.act()) {
            case LIKED -> notifications.notify(e.authorId(), NotificationKind.POST_LIKED, post, post, null, e.actorId(), e.at());
            case UNLIKED -> notifications.retract(e.authorId(), NotificationKind.POST_LIKED, post, e.actorId());
            case RESHARED -> notifications.notify(e.authorId(), NotificationKind.POST_RESHARED, post, post, null,
                    e.actorId(), e.at());
            case RESHARE_DELETED -> {
                if (!e.stillThere()) {
                    notifications.retract(e.authorId(), NotificationKind.POST_RESHARED, post, e.actorId());
                }
            }
            case COMMENTED -> {
                notifications.notify(e.authorId(), NotificationKind.POST_COMMENTED, post, post, null, e.actorId(), e.at());
                for (long other : repository.otherCommenters(post, e.actorId(), e.authorId(), THREAD_CAP)) {
                    notifications.notify(other, NotificationKind.THREAD_COMMENTED, post, post, null, e.actorId(), e.at());
                }
            }
            case COMMENT_DELETED -> {
                if (!e.stillThere()) {
                    notifications.retract(e.authorId(), NotificationKind.POST_COMMENTED, post, e.actorId());
                    notifications.retract(null, NotificationKind.THREAD_COMMENTED, post, e.actorId());
                }
            }
        }
    }

    void onFollow(@Observes FollowChanged e) {
        if (e.following()) {
            notifications.notify(e.followeeId(), NotificationKind.NEW_FOLLOWER, 0, null, null, e.followerId(), e.at());
        } else {
            notifications.retract(e.followeeId(), NotificationKind.NEW_FOLLOWER, 0, e.followerId());
        }
    }

    /** The sender learns "accepted", or only that they now follow (never "made you a follower"). */
    void onInvitationDecided(@Observes InvitationDecided e) {
        switch (e.state()) {
            case ACCEPTED -> notifications.notify(e.senderId(), NotificationKind.REQUEST_ACCEPTED, 0, null, null,
                    e.recipientId(), e.decidedAt());
            case MADE_FOLLOWER -> notifications.notify(e.senderId(), NotificationKind.NOW_FOLLOWING, 0, null, null,
                    e.recipientId(), e.decidedAt());
            default -> {
            }
        }
    }

    /** Told to the members who chose, for career updates, a tag this member is under. */
    void onCareerChanged(@Observes CareerChanged e) {
        String detail = careerDetail(e);
        Instant at = Instant.now();
        for (long watcher : repository.careerWatchers(e.memberId())) {
            notifications.notify(watcher, NotificationKind.CAREER_UPDATE, e.memberId(), null, detail, e.memberId(), at);
        }
    }

    /** Told once per importer and member, whatever made them match (joining, a new name or company). */
    void onImportedContactJoined(@Observes ImportedContactJoined e) {
        notifications.notifyOnce(e.importerId(), NotificationKind.IMPORTED_CONTACT_JOINED, e.memberId(), e.memberId(),
                e.at());
    }

    void onMemberBlocked(@Observes MemberBlocked e) {
        notifications.forgetBetween(e.blockerId(), e.blockedId());
    }

    static String careerDetail(CareerChanged e) {
        String title = e.title() == null || e.title().isBlank() ? null : e.title().strip();
        String company = e.company() == null || e.company().isBlank() ? null : e.company().strip();
        String what = e.promotion() ? "was promoted" + (title == null ? "" : " to " + title)
                : "started a new position" + (title == null ? "" : " as " + title);
        String text = what + (company == null ? "" : " at " + company);
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
