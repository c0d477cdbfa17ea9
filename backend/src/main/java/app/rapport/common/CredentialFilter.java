package app.rapport.common;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Decides what each request needs from its credentials by the resource method it matched,
 * never by its path: a GET only reads, anything else writes, and {@link SessionOnly} is for
 * log-in sessions only. Runs for every operation, so a new resource is covered without
 * doing anything; the check itself runs here, before the resource, once per request.
 */
public class CredentialFilter {

    private final CurrentMember me;

    public CredentialFilter(CurrentMember me) {
        this.me = me;
    }

    @ServerRequestFilter
    public void checkCredentials(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || type == null) {
            return; // nothing matched: no operation runs, CurrentMember stays at its strictest
        }
        me.require(accessFor(method, type));
        if (method.isAnnotationPresent(Authenticated.class) || type.isAnnotationPresent(Authenticated.class)) {
            me.id();
        }
    }

    static CredentialCheck.Access accessFor(Method method, Class<?> type) {
        if (method.isAnnotationPresent(SessionOnly.class) || type.isAnnotationPresent(SessionOnly.class)) {
            return CredentialCheck.Access.SESSION;
        }
        if (method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(HEAD.class)) {
            return CredentialCheck.Access.READ;
        }
        return CredentialCheck.Access.WRITE;
    }
}
