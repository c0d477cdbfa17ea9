package app.rapport.tags;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of private tags ({@code rapport.tags.*}). */
@ConfigMapping(prefix = "rapport.tags")
public interface TagsConfig {

    /** How many tags one member may own. */
    @WithDefault("100")
    int maxPerMember();

    /** How many saved tag views one member may own. */
    @WithDefault("50")
    int maxViewsPerMember();
}
