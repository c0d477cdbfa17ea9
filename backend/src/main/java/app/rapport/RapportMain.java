package app.rapport;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts Rapport. Quarkus refuses a URL that java.net.URI rejects (e.g. {@code /api/profiles/%zz})
 * with a bare 400 before any handler of ours runs; this moves that same check into
 * {@code common.WebRoutes}, which refuses those URLs with a problem document instead. The
 * system property must be set before Quarkus' HTTP layer loads, hence here (and in the
 * surefire configuration for tests).
 */
@QuarkusMain
public class RapportMain {

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
