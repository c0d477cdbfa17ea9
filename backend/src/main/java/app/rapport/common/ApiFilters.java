package app.rapport.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** HTTP conventions of every operation, so that no resource has to remember them. */
public class ApiFilters {

    static final String REALM = "Bearer realm=\"rapport\"";

    /**
     * The API speaks JSON only, so it does not negotiate: whatever Accept says (a generated
     * client asks for application/problem+json on operations that answer 204), the answer is
     * application/json, application/problem+json for errors, or no body. RFC 9110 (12.5.1)
     * lets a server disregard Accept instead of answering 406.
     */
    @ServerRequestFilter(preMatching = true)
    public void answerJson(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        // The live event stream is the one operation that answers something else: it streams
        // whatever Accept says too, a JSON operation still answers JSON.
        if (accept == null || !accept.contains(MediaType.SERVER_SENT_EVENTS)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON + ", " + MediaType.SERVER_SENT_EVENTS);
        }
        // A change without a body (accept, withdraw, mark read, end a session...) needs no
        // Content-Type: it is read as an empty JSON body, so an optional body stays optional.
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean noBody = (length == null || length.trim().equals("0")) && request.getHeaderString("Transfer-Encoding") == null;
        if (noBody && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    /** Every 401 says how to authenticate (RFC 6750), and that the token sent was refused when one was. */
    @ServerResponseFilter
    public void challenge(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 401) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean tokenSent = authorization != null && authorization.regionMatches(true, 0, "Bearer", 0, 6);
        response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE,
                tokenSent ? REALM + ", error=\"invalid_token\"" : REALM);
    }
}
