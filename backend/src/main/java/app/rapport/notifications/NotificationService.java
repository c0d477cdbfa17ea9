package app.rapport.notifications;

import app.rapport.common.Cursor;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.inbox.live.MemberEvents;
import app.rapport.profiles.ProfileSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Notifications: listing (grouped, newest first), read state, settings; and {@link #notify} /
 * {@link #retract}, which the observer calls inside the transaction of what caused them. Every
 * change is published on the member's live stream ({@code event: notification}) with the new
 * unread count.
 */
@ApplicationScoped
public class NotificationService {

    /** The live stream's event type. */
    public static final String EVENT = "notification";
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");
    private static final int ACTORS_SHOWN = 3;

    private final NotificationRepository notifications;
    private final MemberEvents events;

    public NotificationService(NotificationRepository notifications, MemberEvents events) {
        this.notifications = notifications;
        this.events = events;
    }

    @Transactional
    public Page<NotificationResponse> list(long me, PageRequest page) {
        Instant beforeAt = END_OF_TIME;
        long beforeId = Long.MAX_VALUE;
        if (page.cursor() != null) {
            List<String> parts = Cursor.decode(page.cursor(), 2);
            beforeAt = Cursor.decodeInstant(parts.get(0));
            beforeId = Cursor.decodeLong(parts.get(1));
        }
        Page<NotificationRepository.Row> cut = Page.fromOverfetch(
                notifications.page(me, beforeAt, beforeId, page.limit() + 1), page.limit(),
                r -> Cursor.encode(r.latestAt(), r.id()));
        return new Page<>(render(me, cut.items()), cut.nextCursor());
    }

    @Transactional
    public UnreadNotificationsResponse unread(long me) {
        return new UnreadNotificationsResponse(notifications.unread(me));
    }

    /** Marks one read (idempotent); another member's id is 404. */
    @Transactional
    public NotificationResponse markRead(long me, long id) {
        NotificationRepository.Row row = notifications.find(me, id).orElseThrow(() -> notFound(id));
        if (!row.read()) {
            notifications.markRead(me, id, now());
            publish(me, id, NotificationChange.READ);
            row = notifications.find(me, id).orElseThrow(() -> notFound(id));
        }
        return render(me, List.of(row)).get(0);
    }

    @Transactional
    public UnreadNotificationsResponse markAllRead(long me) {
        if (notifications.markAllRead(me, now()) > 0) {
            publish(me, 0, NotificationChange.READ);
        }
        return unread(me);
    }

    @Transactional
    public NotificationSettingsResponse settings(long me) {
        Set<NotificationKind> muted = notifications.muted(me);
        List<NotificationKindSetting> kinds = Arrays.stream(NotificationKind.values())
                .map(k -> new NotificationKindSetting(k, !muted.contains(k))).toList();
        List<NotificationSettingsResponse.CareerTag> tags = notifications.careerTags(me).stream()
                .map(r -> new NotificationSettingsResponse.CareerTag(((Number) r[0]).longValue(), (String) r[1]))
                .toList();
        return new NotificationSettingsResponse(kinds, tags);
    }

    @Transactional
    public NotificationSettingsResponse updateSettings(long me, UpdateNotificationSettingsRequest request) {
        if (request.careerTagIds() != null) {
            if (request.careerTagIds().stream().anyMatch(java.util.Objects::isNull)) {
                throw ProblemException.invalidField("careerTagIds", "must hold tag ids only");
            }
            Set<Long> own = notifications.ownTags(me, request.careerTagIds());
            List<Long> unknown = request.careerTagIds().stream().filter(t -> !own.contains(t)).distinct().toList();
            if (!unknown.isEmpty()) {
                throw ProblemException.invalidField("careerTagIds", "you have no tag with id " + unknown.get(0));
            }
            notifications.replaceCareerTags(me, own);
        }
        if (request.kinds() != null) {
            for (NotificationKindSetting s : request.kinds()) {
                notifications.setEnabled(me, s.kind(), s.enabled());
            }
        }
        return settings(me);
    }

    /**
     * Tells {@code member} that {@code actor} did something (joining the open group of this kind
     * and subject), unless the member switched the kind off. Runs in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notify(long member, NotificationKind kind, long subject, Long postId, String detail, long actor,
                       Instant at) {
        if (member == actor || !notifications.enabled(member, kind)) {
            return;
        }
        long id = notifications.join(member, kind, subject, postId, detail, actor, at.truncatedTo(ChronoUnit.MICROS));
        publish(member, id, NotificationChange.NEW);
    }

    /**
     * Tells {@code member} once ever about this subject (no group: a second call, even after the
     * first was read, adds nothing), unless the member switched the kind off.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notifyOnce(long member, NotificationKind kind, long subject, long actor, Instant at) {
        if (member == actor || !notifications.enabled(member, kind)) {
            return;
        }
        notifications.createOnce(member, kind, subject, actor, at.truncatedTo(ChronoUnit.MICROS))
                .ifPresent(id -> publish(member, id, NotificationChange.NEW));
    }

    /**
     * A block: the two disappear from each other's notifications, and the blocker's open apps
     * hear it at once (the bell corrects without a reload). The one blocked is not sent an event
     * at that instant, which would tell them when they were blocked; their count is right on
     * their next read or event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetBetween(long blocker, long blocked) {
        if (notifications.forgetBetween(blocker, blocked).contains(blocker)) {
            publish(blocker, 0, NotificationChange.REMOVED);
        }
    }

    /** Undoes {@link #notify} for this actor (of one member, or everyone when {@code member} is null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retract(Long member, NotificationKind kind, long subject, long actor) {
        for (long[] changed : notifications.leave(member, kind, subject, actor)) {
            publish(changed[0], changed[1], NotificationChange.REMOVED);
        }
    }

    private void publish(long member, long id, NotificationChange change) {
        events.publish(member, EVENT, new NotificationEvent(id, change, notifications.unread(member)));
    }

    private List<NotificationResponse> render(long me, List<NotificationRepository.Row> rows) {
        Map<Long, List<ProfileSummary>> actors = notifications.actors(me,
                rows.stream().map(NotificationRepository.Row::id).toList(), ACTORS_SHOWN);
        List<NotificationResponse> out = new ArrayList<>();
        for (NotificationRepository.Row r : rows) {
            List<ProfileSummary> shown = actors.getOrDefault(r.id(), List.of());
            out.add(new NotificationResponse(r.id(), r.kind(), NotificationText.of(r.kind(), shown, r.actorCount(),
                    r.detail()), shown, r.actorCount(), r.postId(), r.postExcerpt(), r.detail(), r.read(),
                    r.createdAt(), r.latestAt()));
        }
        return out;
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("You have no notification with id " + id + ".");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
