package app.rapport.notifications;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A change of settings (schema UpdateNotificationSettingsRequest): the kinds listed are set,
 * the others keep their state; {@code careerTagIds}, when present, replaces the chosen tags.
 */
public record UpdateNotificationSettingsRequest(@Valid @Size(max = 20) List<@NotNull NotificationKindSetting> kinds,
                                                @Size(max = 100) List<@NotNull Long> careerTagIds) {
}
