package app.rapport.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tunables of the feeds ({@code rapport.feed.*}). */
@ConfigMapping(prefix = "rapport.feed")
public interface FeedConfig {

    /**
     * Author sets (people followed, connections, contacts under the chosen tags) up to this size
     * are read with the per-author plan, larger ones with the newest-first plan. See FeedPlan.
     */
    @WithDefault("500")
    int planThreshold();
}
