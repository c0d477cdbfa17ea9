package app.rapport.profiles;

/** A member found by search, with where the viewer stands with them (schema ProfileSearchResult). */
public record ProfileSearchResult(long id, String handle, String displayName, String headline, String currentTitle,
                                  String currentCompany, String location, boolean following, boolean connected) {
}
