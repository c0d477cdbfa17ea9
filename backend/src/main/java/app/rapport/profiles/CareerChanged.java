package app.rapport.profiles;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Event: a member announced a new current position (another company) or a promotion (same
 * company, new title). Fired inside the profile transaction; the posts feature turns it into
 * a career-update post.
 */
public record CareerChanged(long memberId, boolean promotion, String title, String company) {

    /** The change from (old title, old company) to (new title, new company), if it is one worth announcing. */
    public static Optional<CareerChanged> between(long memberId, String oldTitle, String oldCompany, String newTitle,
                                                  String newCompany) {
        boolean sameCompany = newCompany != null && oldCompany != null
                              && newCompany.toLowerCase(Locale.ROOT).equals(oldCompany.toLowerCase(Locale.ROOT));
        boolean sameTitle = Objects.equals(lower(oldTitle), lower(newTitle));
        if (newCompany != null && !sameCompany) {
            return Optional.of(new CareerChanged(memberId, false, newTitle, newCompany));
        }
        if (sameCompany && newTitle != null && !sameTitle) {
            return Optional.of(new CareerChanged(memberId, true, newTitle, newCompany));
        }
        return Optional.empty();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
