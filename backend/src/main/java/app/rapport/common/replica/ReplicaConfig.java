package app.rapport.common.replica;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The read replica's tunables ({@code rapport.replica.*}); its URL is the datasource's, {@code quarkus.datasource.replica.*}. */
@ConfigMapping(prefix = "rapport.replica")
public interface ReplicaConfig {

    /** How often each instance asks the replica how far it has replayed (also its health), e.g. "1s". */
    @WithDefault("1s")
    String checkEvery();
}
