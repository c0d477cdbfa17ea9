package app.rapport.notifications;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** My notifications: the grouped list, the unread count, marking read, and the settings. */
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationService notifications;
    private final CurrentMember me;

    public NotificationResource(NotificationService notifications, CurrentMember me) {
        this.notifications = notifications;
        this.me = me;
    }

    @GET
    @Path("/notifications")
    public Page<NotificationResponse> listNotifications(@QueryParam("cursor") String cursor,
                                                        @QueryParam("limit") String limit) {
        return notifications.list(me.id(), PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/notifications/unread-count")
    public UnreadNotificationsResponse getUnreadNotificationCount() {
        return notifications.unread(me.id());
    }

    @POST
    @Path("/notifications/{notificationId}/read")
    public NotificationResponse markNotificationRead(@PathParam("notificationId") long notificationId) {
        return notifications.markRead(me.id(), notificationId);
    }

    @POST
    @Path("/notifications/read")
    public UnreadNotificationsResponse markAllNotificationsRead() {
        return notifications.markAllRead(me.id());
    }

    @GET
    @Path("/notification-settings")
    public NotificationSettingsResponse getNotificationSettings() {
        return notifications.settings(me.id());
    }

    @PUT
    @Path("/notification-settings")
    public NotificationSettingsResponse updateNotificationSettings(@NotNull @Valid UpdateNotificationSettingsRequest request) {
        return notifications.updateSettings(me.id(), request);
    }
}
