package app.rapport.posts;

import java.net.URI;
import java.net.URISyntaxException;

/** Validation rules of post content shared by requests and the service. */
final class PostRules {

    static final String LINK_PATTERN = "(?i)^https?://\\S+$";
    static final String LINK_PATTERN_OR_EMPTY = "(?i)^(https?://\\S+)?$";

    private PostRules() {
    }

    /** True when the link parses as an absolute http(s) URL with a host. */
    static boolean isValidLink(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                   && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
