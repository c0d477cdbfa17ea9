package app.rapport.profiles;

/** A member as shown in lists and search results (schema ProfileSummary). */
public record ProfileSummary(long id, String handle, String displayName, String headline, String currentTitle,
                             String currentCompany, String location) {

    /**
     * From a native row holding id, handle, display_name, headline, current_title,
     * current_company and location at {@code at} and the six columns after it.
     */
    public static ProfileSummary fromRow(Object[] row, int at) {
        return new ProfileSummary(((Number) row[at]).longValue(), (String) row[at + 1], (String) row[at + 2],
                (String) row[at + 3], (String) row[at + 4], (String) row[at + 5], (String) row[at + 6]);
    }

    public static ProfileSummary from(Member m) {
        return new ProfileSummary(m.id, m.handle, m.displayName, m.headline, m.currentTitle, m.currentCompany,
                m.location);
    }
}
