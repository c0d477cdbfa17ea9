package app.rapport.notifications;

import java.util.List;

/**
 * Which kinds are on, and the tags whose members' career updates I am told about (schema
 * NotificationSettingsResponse).
 */
public record NotificationSettingsResponse(List<NotificationKindSetting> kinds, List<CareerTag> careerTags) {

    /** One of my tags chosen for career updates. */
    public record CareerTag(long id, String name) {
    }
}
