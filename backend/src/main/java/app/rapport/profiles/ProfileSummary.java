package app.rapport.profiles;

/** A member as shown in lists and search results (schema ProfileSummary). */
public record ProfileSummary(long id, String handle, String displayName, String headline, String currentTitle,
                             String currentCompany, String location) {

    public static ProfileSummary from(Member m) {
        return new ProfileSummary(m.id, m.handle, m.displayName, m.headline, m.currentTitle, m.currentCompany,
                m.location);
    }
}
