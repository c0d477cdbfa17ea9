package app.rapport.notifications;

import jakarta.validation.constraints.NotNull;

/** Whether one kind of notification is on (schema NotificationKindSetting). */
public record NotificationKindSetting(@NotNull NotificationKind kind, @NotNull Boolean enabled) {
}
