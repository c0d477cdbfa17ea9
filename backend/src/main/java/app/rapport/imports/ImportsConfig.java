package app.rapport.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of network imports ({@code rapport.imports.*}); the file size itself is {@code rapport.http.max-upload-size}. */
@ConfigMapping(prefix = "rapport.imports")
public interface ImportsConfig {

    /** Most people in one file: LinkedIn caps a member's connections at 30,000. */
    @WithDefault("30000")
    int maxRows();

    /** Most imports one member keeps (each is a different file; the same file again is the same import). */
    @WithDefault("20")
    int maxPerMember();

    /** Most matched people followed by one call of followImportedMembers; the rest is left for the next call. */
    @WithDefault("500")
    int followBatch();
}
