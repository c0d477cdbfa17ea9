package app.rapport.profiles;

import jakarta.validation.constraints.NotNull;

/**
 * What a member shows to visitors who are not signed in (schema PublicProfileSettings): whether
 * the public page exists at all, and which parts of the profile it carries. Name and handle are
 * always on a listed page; everything else only when chosen.
 */
public record PublicProfileSettings(@NotNull Boolean listed, @NotNull Boolean showHeadline, @NotNull Boolean showPosition,
                                    @NotNull Boolean showLocation, @NotNull Boolean showAbout,
                                    @NotNull Boolean showCareer, @NotNull Boolean showCounts) {

    /** Without a choice of the member's: listed, with headline, current position and location. */
    static final PublicProfileSettings DEFAULTS = new PublicProfileSettings(true, true, true, true, false, false, false);
}
