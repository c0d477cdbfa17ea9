package app.rapport.profiles;

/** A member found by search, with where the viewer stands with them, {@code you} for the viewer (schema ProfileSearchResult). */
public record ProfileSearchResult(long id, String handle, String displayName, String headline, String currentTitle,
                                  String currentCompany, String location, boolean following, boolean connected,
                                  boolean you) {

    /** A summary with the flags of {@link app.rapport.network.NetworkRows#COLUMNS} (following, connected). */
    static ProfileSearchResult of(ProfileSummary s, boolean following, boolean connected, boolean you) {
        return new ProfileSearchResult(s.id(), s.handle(), s.displayName(), s.headline(), s.currentTitle(),
                s.currentCompany(), s.location(), following, connected, you);
    }
}
