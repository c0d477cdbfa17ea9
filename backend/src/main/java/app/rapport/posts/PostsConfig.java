package app.rapport.posts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tunables of posts ({@code rapport.posts.*}). */
@ConfigMapping(prefix = "rapport.posts")
public interface PostsConfig {

    /** How long after publishing the author may still edit a post. */
    @WithDefault("PT15M")
    Duration editWindow();
}
