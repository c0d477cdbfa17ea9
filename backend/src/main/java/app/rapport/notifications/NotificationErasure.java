package app.rapport.notifications;

import app.rapport.common.MemberErasure;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Erasure: a deleted member's own notifications go by cascade; here they leave the groups in
 * other members' notifications ("Ana and 2 others"), and groups left with nobody are deleted.
 */
@ApplicationScoped
public class NotificationErasure implements MemberErasure {

    private final NotificationRepository notifications;

    public NotificationErasure(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public void beforeDelete(long memberId) {
        notifications.forgetActor(memberId);
    }
}
