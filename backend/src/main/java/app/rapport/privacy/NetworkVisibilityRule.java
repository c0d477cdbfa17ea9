package app.rapport.privacy;

import app.rapport.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may see a member's network lists (connections, followers, following), as the member
 * chose ({@link NetworkVisibility}): the member always; their connections unless ONLY_ME;
 * every member with MEMBERS. Blocks are not decided here: callers answer a block either way
 * as an unknown member first ({@link BlockRule}), and leave blocked members out of the lists.
 * A hidden list is a 403 that says why, since the profile it belongs to is visible anyway.
 */
@ApplicationScoped
public class NetworkVisibilityRule {

    /** The stable {@code code} of the refusal. */
    public static final String HIDDEN = "NETWORK_LIST_HIDDEN";

    private final PrivacySettingsRepository settings;

    public NetworkVisibilityRule(PrivacySettingsRepository settings) {
        this.settings = settings;
    }

    /** The member's choice, and whether it lets {@code viewer} see their lists. */
    public record Decision(NetworkVisibility visibility, boolean visible) {
    }

    public Decision decide(long viewer, long member) {
        Object[] row = settings.visibilityAndConnected(member, viewer);
        NetworkVisibility visibility = NetworkVisibility.valueOf((String) row[0]);
        boolean visible = viewer == member || switch (visibility) {
            case ONLY_ME -> false;
            case CONNECTIONS -> (Boolean) row[1];
            case MEMBERS -> true;
        };
        return new Decision(visibility, visible);
    }

    /** Passes when {@code viewer} may see the list; else a 403 problem naming the member's choice. */
    public void require(long viewer, long member, String displayName, NetworkList list) {
        Decision d = decide(viewer, member);
        if (!d.visible()) {
            String detail = d.visibility() == NetworkVisibility.ONLY_ME
                    ? "%s keeps %s private.".formatted(displayName, list.words())
                    : "%s shows %s only to their connections.".formatted(displayName, list.words());
            throw ProblemException.forbidden(HIDDEN, detail);
        }
    }
}
