package app.rapport.imports;

import app.rapport.profiles.MemberIdentityChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A person waiting in someone's contacts file is matched the moment they join (or change their
 * name or company), not when the importer next opens the import; each importer who now has
 * them as a match hears of it ({@link ImportedContactJoined}). Runs in the sign-up (or profile)
 * transaction: one indexed statement.
 */
@ApplicationScoped
public class ImportJoinObserver {

    private final NetworkImportRepository imports;
    private final Event<ImportedContactJoined> joined;

    public ImportJoinObserver(NetworkImportRepository imports, Event<ImportedContactJoined> joined) {
        this.imports = imports;
        this.joined = joined;
    }

    void onIdentityChanged(@Observes MemberIdentityChanged e) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (long importer : imports.matchJoiner(e.memberId(), e.email(), e.displayName())) {
            joined.fire(new ImportedContactJoined(importer, e.memberId(), at));
        }
    }
}
